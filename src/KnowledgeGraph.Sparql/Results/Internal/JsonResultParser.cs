using System.Text.Json;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Turns a parsed SPARQL results JSON document into a result set, tracking the JSON path of each value so errors can
/// point at it.
/// </summary>
internal sealed class JsonResultParser(string formatName)
{
    public SparqlResultSet Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", "The document must be a JSON object.");
        }
        var variables = new List<string>();
        if (root.TryGetProperty("head", out JsonElement head))
        {
            ReadHead(head, variables);
        }
        if (root.TryGetProperty("boolean", out JsonElement boolean))
        {
            return boolean.ValueKind switch
            {
                JsonValueKind.True => SparqlResultSet.ForAsk(true),
                JsonValueKind.False => SparqlResultSet.ForAsk(false),
                _ => throw Error("boolean", "Expected true or false."),
            };
        }
        if (!root.TryGetProperty("results", out JsonElement results))
        {
            throw Error("$", "The document has neither \"results\" nor \"boolean\".");
        }
        if (results.ValueKind != JsonValueKind.Object)
        {
            throw Error("results", "Expected an object.");
        }
        if (!results.TryGetProperty("bindings", out JsonElement bindings))
        {
            throw Error("results", "Missing \"bindings\".");
        }
        if (bindings.ValueKind != JsonValueKind.Array)
        {
            throw Error("results.bindings", "Expected an array.");
        }
        var solutions = new List<QuerySolution>(bindings.GetArrayLength());
        int index = 0;
        foreach (JsonElement row in bindings.EnumerateArray())
        {
            solutions.Add(ReadSolution(row, $"results.bindings[{index}]"));
            index++;
        }
        return SparqlResultSet.ForSelect(variables, solutions);
    }

    private void ReadHead(JsonElement head, List<string> variables)
    {
        if (head.ValueKind != JsonValueKind.Object)
        {
            throw Error("head", "Expected an object.");
        }
        if (!head.TryGetProperty("vars", out JsonElement vars))
        {
            return;
        }
        if (vars.ValueKind != JsonValueKind.Array)
        {
            throw Error("head.vars", "Expected an array of variable names.");
        }
        int index = 0;
        foreach (JsonElement name in vars.EnumerateArray())
        {
            if (name.ValueKind != JsonValueKind.String || name.GetString() is not { Length: > 0 } text)
            {
                throw Error($"head.vars[{index}]", "Expected a variable name.");
            }
            if (variables.Contains(text))
            {
                throw Error($"head.vars[{index}]", $"The variable '{text}' is listed twice.");
            }
            variables.Add(text);
            index++;
        }
    }

    private QuerySolution ReadSolution(JsonElement row, string path)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "Expected an object of variable bindings.");
        }
        var bindings = new List<KeyValuePair<string, Term?>>();
        foreach (JsonProperty binding in row.EnumerateObject())
        {
            bindings.Add(new(binding.Name, ReadTerm(binding.Value, path + "." + binding.Name)));
        }
        return new QuerySolution(bindings);
    }

    private Term ReadTerm(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "Expected an RDF term object with \"type\" and \"value\".");
        }
        string type = RequiredString(value, "type", path);
        if (type == "triple")
        {
            return ReadTriple(value, path);
        }
        string lexical = RequiredString(value, "value", path);
        string? error;
        Term? term = type switch
        {
            "uri" => ResultTermFactory.MakeIri(lexical, out error),
            "bnode" => ResultTermFactory.MakeBlank(lexical, out error),
            "literal" => ResultTermFactory.MakeLiteral(
                lexical, OptionalString(value, "datatype", path), OptionalString(value, "xml:lang", path), OptionalString(value, "its:dir", path), out error),
            "typed-literal" => ResultTermFactory.MakeLiteral(
                lexical, RequiredString(value, "datatype", path), null, null, out error),
            _ => throw Error(path + ".type", $"Unknown term type '{type}' (expected uri, literal, bnode or triple)."),
        };
        return term ?? throw Error(path + ".value", error!);
    }

    private Term ReadTriple(JsonElement value, string path)
    {
        if (!value.TryGetProperty("value", out JsonElement triple) || triple.ValueKind != JsonValueKind.Object)
        {
            throw Error(path + ".value", "A triple term's value must be an object with subject, predicate and object.");
        }
        // Early RDF-star drafts used s/p/o; the SPARQL 1.2 draft spells the names out.
        Term subject = ReadTerm(Member(triple, path + ".value", "subject", "s", out string subjectPath), subjectPath);
        Term predicate = ReadTerm(Member(triple, path + ".value", "predicate", "p", out string predicatePath), predicatePath);
        Term obj = ReadTerm(Member(triple, path + ".value", "object", "o", out string objectPath), objectPath);
        return ResultTermFactory.MakeTriple(subject, predicate, obj, out string? error) ?? throw Error(path + ".value", error!);
    }

    private JsonElement Member(JsonElement owner, string path, string name, string shortName, out string memberPath)
    {
        if (owner.TryGetProperty(name, out JsonElement member))
        {
            memberPath = path + "." + name;
            return member;
        }
        if (owner.TryGetProperty(shortName, out member))
        {
            memberPath = path + "." + shortName;
            return member;
        }
        throw Error(path, $"Missing \"{name}\".");
    }

    private string RequiredString(JsonElement owner, string name, string path) =>
        OptionalString(owner, name, path) ?? throw Error(path, $"Missing \"{name}\".");

    private string? OptionalString(JsonElement owner, string name, string path)
    {
        if (!owner.TryGetProperty(name, out JsonElement member))
        {
            return null;
        }
        return member.ValueKind == JsonValueKind.String
            ? member.GetString()
            : throw Error(path + "." + name, "Expected a string.");
    }

    private SparqlResultsFormatException Error(string path, string message) => new(formatName, path, message);
}
