using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// Reads reconciliation queries in the shapes clients send: the 0.2 batch (an object of queries keyed by id, as
/// OpenRefine posts it in the form field <c>queries</c>), a single 0.1 query, and the 1.0-draft JSON body
/// (<c>{"queries": [{"conditions": […]}]}</c>). Every problem names the JSON path of the value (and, for a syntax
/// error, the line and column), so the client can find it.
/// </summary>
internal static partial class QueryBatchReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a 0.2 batch: <c>{"q0": {"query": …}, …}</c>, answered under the same keys.</summary>
    public static IReadOnlyList<(string Key, ReconciliationQuery Query)> ReadKeyed(string json)
    {
        using JsonDocument document = Parse(json, "queries");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new QueryBatchException($"'queries' must be a JSON object of queries keyed by id, such as {{\"q0\": {{\"query\": \"Trotsky\"}}}}, not {Describe(root)}.", "$");
        }
        var members = root.EnumerateObject().ToList();
        CheckBatchSize(members.Count);
        return [.. members.Select(m => (m.Name, ReadQuery(m.Value, "$" + Member(m.Name))))];
    }

    /// <summary>Reads a single 0.1 query: a JSON query object, or else the plain name to look for.</summary>
    public static ReconciliationQuery ReadSingle(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return ReadQueryText(text, "$");
        }
        using JsonDocument document = Parse(text, "query");
        return ReadQuery(document.RootElement, "$");
    }

    /// <summary>Reads a 1.0-draft body: <c>{"queries": [{"type": …, "limit": …, "conditions": [{"matchType": "name", "v": …}, …]}]}</c>.</summary>
    public static IReadOnlyList<ReconciliationQuery> ReadDraft(string json)
    {
        using JsonDocument document = Parse(json, "the request body");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("queries", out JsonElement queries) || queries.ValueKind != JsonValueKind.Array)
        {
            throw new QueryBatchException("The body must be a JSON object with an array 'queries'.", "$.queries");
        }
        CheckBatchSize(queries.GetArrayLength());
        return [.. queries.EnumerateArray().Select((q, i) => ReadDraftQuery(q, $"$.queries[{i}]"))];
    }

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException error)
        {
            long line = (error.LineNumber ?? 0) + 1, column = (error.BytePositionInLine ?? 0) + 1;
            string reason = error.Message;
            int location = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = location > 0 ? reason[..location] : reason;
            throw new QueryBatchException($"{char.ToUpperInvariant(what[0])}{what[1..]} is not valid JSON at line {line}, column {column}: {reason}", error.Path ?? "$", line, column);
        }
    }

    private static void CheckBatchSize(int count)
    {
        if (count > ReconciliationLimits.BatchSize)
        {
            throw new QueryBatchException($"A batch holds at most {ReconciliationLimits.BatchSize} queries (the manifest's batchSize); this one has {count}. Send it in smaller batches.", "$");
        }
    }

    private static ReconciliationQuery ReadQuery(JsonElement query, string path)
    {
        if (query.ValueKind == JsonValueKind.String)
        {
            return ReadQueryText(query.GetString()!, path);
        }
        if (query.ValueKind != JsonValueKind.Object)
        {
            throw new QueryBatchException($"{path} must be a query object such as {{\"query\": \"Trotsky\"}}, not {Describe(query)}.", path);
        }
        string text = query.TryGetProperty("query", out JsonElement q) ? Text(q, path + ".query") : "";
        var types = query.TryGetProperty("type", out JsonElement type) ? Types(type, path + ".type") : [];
        int limit = query.TryGetProperty("limit", out JsonElement l) ? Limit(l, path + ".limit") : ReconciliationLimits.DefaultLimit;
        if (query.TryGetProperty("type_strict", out JsonElement strict) && strict.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw new QueryBatchException($"{path}.type_strict must be \"any\", \"all\" or \"should\", not {Describe(strict)}.", path + ".type_strict");
        }
        var properties = query.TryGetProperty("properties", out JsonElement p) ? Properties(p, path + ".properties") : [];
        if (text.Length == 0 && properties.Count == 0)
        {
            throw new QueryBatchException($"{path} has no 'query' (the name to look for) and no 'properties'.", path + ".query");
        }
        return new ReconciliationQuery(text, types, limit, properties);
    }

    private static ReconciliationQuery ReadQueryText(string text, string path)
    {
        CheckLength(text, path);
        if (text.Trim().Length == 0)
        {
            throw new QueryBatchException($"{path}: the query is empty.", path);
        }
        return new ReconciliationQuery(text, [], ReconciliationLimits.DefaultLimit, []);
    }

    private static ReconciliationQuery ReadDraftQuery(JsonElement query, string path)
    {
        if (query.ValueKind != JsonValueKind.Object || !query.TryGetProperty("conditions", out JsonElement conditions)
            || conditions.ValueKind != JsonValueKind.Array || conditions.GetArrayLength() == 0)
        {
            throw new QueryBatchException($"{path} must be an object with a non-empty array 'conditions'.", path + ".conditions");
        }
        var names = new List<string>();
        var properties = new List<PropertyCondition>();
        int i = 0;
        foreach (JsonElement condition in conditions.EnumerateArray())
        {
            string at = $"{path}.conditions[{i++}]";
            string matchType = condition.ValueKind == JsonValueKind.Object && condition.TryGetProperty("matchType", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            if (!condition.TryGetProperty("v", out JsonElement v))
            {
                throw new QueryBatchException($"{at} has no value 'v'.", at + ".v");
            }
            switch (matchType)
            {
                case "name":
                    names.AddRange(Values(v, at + ".v"));
                    break;
                case "property":
                    properties.Add(new PropertyCondition(Pid(condition, at), Values(v, at + ".v")));
                    break;
                default:
                    throw new QueryBatchException($"{at}.matchType must be \"name\" or \"property\".", at + ".matchType");
            }
        }
        CheckCount(properties.Count, path + ".conditions");
        string text = string.Join(' ', names);
        CheckLength(text, path + ".conditions");
        var types = query.TryGetProperty("type", out JsonElement type) ? Types(type, path + ".type") : [];
        int limit = query.TryGetProperty("limit", out JsonElement l) ? Limit(l, path + ".limit") : ReconciliationLimits.DefaultLimit;
        return new ReconciliationQuery(text, types, limit, properties);
    }

    private static string Text(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new QueryBatchException($"{path} must be a string (the name to look for), not {Describe(value)}.", path);
        }
        string text = value.GetString()!;
        CheckLength(text, path);
        return text;
    }

    private static List<string> Types(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => [],
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array when value.EnumerateArray().All(static t => t.ValueKind == JsonValueKind.String) && value.GetArrayLength() <= ReconciliationLimits.MaxProperties
            => [.. value.EnumerateArray().Select(static t => t.GetString()!)],
        _ => throw new QueryBatchException($"{path} must be a type id (a string) or an array of them, not {Describe(value)}.", path),
    };

    private static int Limit(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long limit) && limit >= 1)
        {
            return (int)Math.Min(limit, ReconciliationLimits.MaxLimit);
        }
        throw new QueryBatchException($"{path} must be a positive whole number, not {Describe(value)}.", path);
    }

    private static List<PropertyCondition> Properties(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new QueryBatchException($"{path} must be an array of {{\"pid\": …, \"v\": …}} objects, not {Describe(value)}.", path);
        }
        CheckCount(value.GetArrayLength(), path);
        var conditions = new List<PropertyCondition>();
        int i = 0;
        foreach (JsonElement property in value.EnumerateArray())
        {
            string at = $"{path}[{i++}]";
            if (property.ValueKind != JsonValueKind.Object || !property.TryGetProperty("v", out JsonElement v))
            {
                throw new QueryBatchException($"{at} must be an object with a property id 'pid' and a value 'v'.", at);
            }
            conditions.Add(new PropertyCondition(Pid(property, at), Values(v, at + ".v")));
        }
        return conditions;
    }

    // 0.2 and 1.0 name the property "pid"; 0.1 clients sometimes sent only its name as "p".
    private static string Pid(JsonElement condition, string path)
    {
        foreach (string name in (string[])["pid", "p"])
        {
            if (condition.TryGetProperty(name, out JsonElement pid) && pid.ValueKind == JsonValueKind.String && pid.GetString()!.Trim().Length > 0)
            {
                return pid.GetString()!.Trim();
            }
        }
        throw new QueryBatchException($"{path} needs a property id 'pid' (a string).", path + ".pid");
    }

    private static List<string> Values(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            CheckCount(value.GetArrayLength(), path);
            return [.. value.EnumerateArray().Select((v, i) => Value(v, $"{path}[{i}]"))];
        }
        return [Value(value, path)];
    }

    private static string Value(JsonElement value, string path)
    {
        string text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            JsonValueKind.Object when value.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String => id.GetString()!,
            _ => throw new QueryBatchException($"{path} must be a string, number, boolean or {{\"id\": …}} object, not {Describe(value)}.", path),
        };
        CheckLength(text, path);
        return text;
    }

    private static void CheckLength(string text, string path)
    {
        if (text.Length > ReconciliationLimits.MaxQueryLength)
        {
            throw new QueryBatchException($"{path} is {text.Length} characters long; at most {ReconciliationLimits.MaxQueryLength} are read.", path);
        }
    }

    private static void CheckCount(int count, string path)
    {
        if (count > ReconciliationLimits.MaxProperties)
        {
            throw new QueryBatchException($"{path} has {count} entries; at most {ReconciliationLimits.MaxProperties} are read.", path);
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    // $.q0 for identifier-like keys, $['odd key'] otherwise.
    private static string Member(string name) =>
        SimpleKey().IsMatch(name) ? "." + name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SimpleKey();
}
