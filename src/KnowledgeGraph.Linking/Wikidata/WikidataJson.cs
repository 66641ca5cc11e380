using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Linking.Vocabulary;

namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// Reads the JSON of <c>wbsearchentities</c> and <c>wbgetentities</c> (the documented shapes, format=json). Unknown
/// members are ignored; a body without the expected top-level member is an error naming the request.
/// </summary>
internal static class WikidataJson
{
    public static IReadOnlyList<SearchHit> ParseSearch(JsonElement root, string request)
    {
        if (!root.TryGetProperty("search", out JsonElement search) || search.ValueKind != JsonValueKind.Array)
        {
            throw new WikidataResponseException($"{request}: the answer has no \"search\" array");
        }
        var hits = new List<SearchHit>();
        foreach (JsonElement hit in search.EnumerateArray())
        {
            if (String(hit, "id") is { } id && LinkVocabulary.IsItemId(id))
            {
                string? matched = hit.TryGetProperty("match", out JsonElement match) ? String(match, "text") : null;
                hits.Add(new SearchHit(id, String(hit, "label"), String(hit, "description"), matched));
            }
        }
        return hits;
    }

    public static IReadOnlyList<WikidataItem> ParseEntities(JsonElement root, string language, string request)
    {
        if (!root.TryGetProperty("entities", out JsonElement entities) || entities.ValueKind != JsonValueKind.Object)
        {
            throw new WikidataResponseException($"{request}: the answer has no \"entities\" object");
        }
        var items = new List<WikidataItem>();
        foreach (JsonProperty entity in entities.EnumerateObject())
        {
            JsonElement value = entity.Value;
            // An id that does not exist (or was deleted) comes back as {"id": ..., "missing": ""}.
            if (value.ValueKind != JsonValueKind.Object || value.TryGetProperty("missing", out _) || !LinkVocabulary.IsItemId(entity.Name))
            {
                continue;
            }
            items.Add(new WikidataItem(
                entity.Name,
                LanguageValue(value, "labels", language),
                LanguageValue(value, "descriptions", language),
                Aliases(value, language),
                Claims(value)));
        }
        return items;
    }

    private static string? LanguageValue(JsonElement entity, string member, string language) =>
        entity.TryGetProperty(member, out JsonElement values) && values.ValueKind == JsonValueKind.Object && values.TryGetProperty(language, out JsonElement value)
            ? String(value, "value")
            : null;

    private static List<string> Aliases(JsonElement entity, string language)
    {
        var aliases = new List<string>();
        if (entity.TryGetProperty("aliases", out JsonElement all) && all.ValueKind == JsonValueKind.Object
            && all.TryGetProperty(language, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            aliases.AddRange(list.EnumerateArray().Select(static a => String(a, "value")).OfType<string>());
        }
        return aliases;
    }

    private static Dictionary<string, IReadOnlyList<ClaimValue>> Claims(JsonElement entity)
    {
        var claims = new Dictionary<string, IReadOnlyList<ClaimValue>>(StringComparer.Ordinal);
        if (!entity.TryGetProperty("claims", out JsonElement all) || all.ValueKind != JsonValueKind.Object)
        {
            return claims;
        }
        foreach (JsonProperty property in all.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            var values = new List<ClaimValue>();
            foreach (JsonElement statement in property.Value.EnumerateArray())
            {
                // Deprecated statements are known to be wrong: they are no evidence.
                if (String(statement, "rank") == "deprecated" || !statement.TryGetProperty("mainsnak", out JsonElement snak)
                    || !snak.TryGetProperty("datavalue", out JsonElement data) || !data.TryGetProperty("value", out JsonElement value))
                {
                    continue;
                }
                switch (String(data, "type"))
                {
                    case "wikibase-entityid" when String(value, "id") is { } id:
                        values.Add(new ClaimValue(id, null));
                        break;
                    case "time" when Year(String(value, "time")) is { } year:
                        values.Add(new ClaimValue(null, year));
                        break;
                }
            }
            claims[property.Name] = values;
        }
        return claims;
    }

    // Wikibase times look like "+1879-11-07T00:00:00Z" (a sign, at least four year digits).
    private static int? Year(string? time)
    {
        if (time is not { Length: > 5 })
        {
            return null;
        }
        int dash = time.IndexOf('-', 1);
        return dash > 1 && int.TryParse(time.AsSpan(0, dash), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) ? year : null;
    }

    private static string? String(JsonElement element, string member) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(member, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
