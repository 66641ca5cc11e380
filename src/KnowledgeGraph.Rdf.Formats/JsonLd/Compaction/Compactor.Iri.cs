using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Compaction;

/// <summary>§6.2 IRI Compaction, §6.3 Term Selection and §6.4 Value Compaction.</summary>
internal sealed partial class Compactor
{
    public string? CompactIri(ActiveContext active, string? iri, bool vocab) => CompactIri(active, iri, null, vocab, reverse: false);

    public string? CompactIri(ActiveContext active, string? iri, object? value, bool vocab, bool reverse)
    {
        if (iri is null)
        {
            return null;
        }
        if (vocab && active.Inverse.TryGet(iri, out _))
        {
            string? term = SelectFromInverse(active, iri, value, reverse);
            if (term is not null)
            {
                return term;
            }
        }
        if (vocab && active.VocabularyMapping is string vocabMapping && iri.StartsWith(vocabMapping, StringComparison.Ordinal) && iri.Length > vocabMapping.Length)
        {
            string suffix = iri[vocabMapping.Length..];
            if (!active.Terms.ContainsKey(suffix))
            {
                return suffix;
            }
        }
        string? compactIri = null;
        foreach (var (term, definition) in active.Terms)
        {
            if (definition.IriMapping is null || definition.IriMapping == iri || !iri.StartsWith(definition.IriMapping, StringComparison.Ordinal) || !definition.Prefix)
            {
                continue;
            }
            string candidate = term + ":" + iri[definition.IriMapping.Length..];
            bool shorter = compactIri is null || candidate.Length < compactIri.Length
                || (candidate.Length == compactIri.Length && string.CompareOrdinal(candidate, compactIri) < 0);
            if (shorter && (!active.Terms.TryGetValue(candidate, out var candidateDefinition)
                            || (candidateDefinition.IriMapping == iri && value is null)))
            {
                compactIri = candidate;
            }
        }
        if (compactIri is not null)
        {
            return compactIri;
        }
        int schemeLength = IriSyntax.SchemeLength(iri);
        if (schemeLength > 0 && active.Term(iri[..schemeLength]) is { Prefix: true } && !iri[(schemeLength + 1)..].StartsWith("//", StringComparison.Ordinal))
        {
            throw new JsonLdException(JsonLdErrorCode.IriConfusedWithPrefix, "$", $"<{iri}> would be read as a compact IRI with prefix '{iri[..schemeLength]}'");
        }
        if (!vocab && active.BaseIri is not null && _session.Options.CompactToRelative)
        {
            return RelativeIri.Make(active.BaseIri, iri);
        }
        return iri;
    }

    private string? SelectFromInverse(ActiveContext active, string iri, object? value, bool reverse)
    {
        string defaultLanguage = active.DefaultBaseDirection is not null
            ? (active.DefaultLanguage ?? "") + "_" + active.DefaultBaseDirection
            : active.DefaultLanguage ?? "@none";
        var valueMap = value as JsonMap;
        var containers = new List<string>();
        string typeLanguage = "@language";
        string typeLanguageValue = "@null";
        if (valueMap is not null && valueMap.ContainsKey("@index") && !IsGraphObject(valueMap))
        {
            containers.Add("@index");
            containers.Add("@index@set");
        }
        if (reverse)
        {
            typeLanguage = "@type";
            typeLanguageValue = "@reverse";
            containers.Add("@set");
        }
        else if (valueMap is not null && valueMap.TryGetValue("@list", out var listValue))
        {
            if (!valueMap.ContainsKey("@index"))
            {
                containers.Add("@list");
            }
            var list = Json.AsList(listValue);
            string? commonType = null;
            string? commonLanguage = list.Count == 0 ? defaultLanguage : null;
            foreach (var item in list)
            {
                string itemLanguage = "@none";
                string itemType = "@none";
                if (item is JsonMap itemMap && itemMap.ContainsKey("@value"))
                {
                    if (itemMap.TryGetValue("@direction", out var direction))
                    {
                        itemLanguage = (itemMap.Get("@language") as string ?? "") + "_" + direction;
                    }
                    else if (itemMap.Get("@language") is string language)
                    {
                        itemLanguage = language;
                    }
                    else if (itemMap.Get("@type") is string type)
                    {
                        itemType = type;
                    }
                    else
                    {
                        itemLanguage = "@null";
                    }
                }
                else
                {
                    itemType = "@id";
                }
                if (commonLanguage is null)
                {
                    commonLanguage = itemLanguage;
                }
                else if (itemLanguage != commonLanguage && item is JsonMap vm && vm.ContainsKey("@value"))
                {
                    commonLanguage = "@none";
                }
                if (commonType is null)
                {
                    commonType = itemType;
                }
                else if (itemType != commonType)
                {
                    commonType = "@none";
                }
                if (commonLanguage == "@none" && commonType == "@none")
                {
                    break;
                }
            }
            commonLanguage ??= "@none";
            commonType ??= "@none";
            if (commonType != "@none")
            {
                typeLanguage = "@type";
                typeLanguageValue = commonType;
            }
            else
            {
                typeLanguageValue = commonLanguage;
            }
        }
        else if (IsGraphObject(valueMap))
        {
            if (valueMap!.ContainsKey("@index"))
            {
                containers.Add("@graph@index");
                containers.Add("@graph@index@set");
            }
            if (valueMap.ContainsKey("@id"))
            {
                containers.Add("@graph@id");
                containers.Add("@graph@id@set");
            }
            containers.AddRange(["@graph", "@graph@set", "@set"]);
            if (!valueMap.ContainsKey("@index"))
            {
                containers.Add("@graph@index");
                containers.Add("@graph@index@set");
            }
            if (!valueMap.ContainsKey("@id"))
            {
                containers.Add("@graph@id");
                containers.Add("@graph@id@set");
            }
            containers.Add("@index");
            containers.Add("@index@set");
            typeLanguage = "@type";
            typeLanguageValue = "@id";
        }
        else
        {
            if (valueMap is not null && valueMap.ContainsKey("@value"))
            {
                if (valueMap.TryGetValue("@direction", out var direction) && !valueMap.ContainsKey("@index"))
                {
                    typeLanguageValue = (valueMap.Get("@language") as string ?? "") + "_" + direction;
                    containers.Add("@language");
                    containers.Add("@language@set");
                }
                else if (valueMap.Get("@language") is string language && !valueMap.ContainsKey("@index"))
                {
                    typeLanguageValue = language;
                    containers.Add("@language");
                    containers.Add("@language@set");
                }
                else if (valueMap.Get("@type") is string type)
                {
                    typeLanguage = "@type";
                    typeLanguageValue = type;
                }
            }
            else
            {
                typeLanguage = "@type";
                typeLanguageValue = "@id";
                containers.AddRange(["@id", "@id@set", "@type", "@set@type"]);
            }
            containers.Add("@set");
        }
        containers.Add("@none");
        if (!_session.Is10 && (valueMap is null || !valueMap.ContainsKey("@index")))
        {
            containers.Add("@index");
            containers.Add("@index@set");
        }
        if (!_session.Is10 && valueMap is not null && valueMap.Count == 1 && valueMap.ContainsKey("@value"))
        {
            containers.Add("@language");
            containers.Add("@language@set");
        }
        var preferred = new List<string>();
        if (typeLanguageValue == "@reverse")
        {
            preferred.Add("@reverse");
        }
        if (typeLanguageValue is "@id" or "@reverse" && valueMap is not null && valueMap.Get("@id") is string id)
        {
            string? compactedId = CompactIri(active, id, null, vocab: true, reverse: false);
            if (compactedId is not null && active.Term(compactedId) is { } idDefinition && idDefinition.IriMapping == id)
            {
                preferred.AddRange(["@vocab", "@id", "@none"]);
            }
            else
            {
                preferred.AddRange(["@id", "@vocab", "@none"]);
            }
        }
        else
        {
            preferred.Add(typeLanguageValue);
            preferred.Add("@none");
            if (valueMap is not null && valueMap.Get("@list") is List<object?> { Count: 0 })
            {
                typeLanguage = "@any";
            }
        }
        preferred.Add("@any");
        foreach (var p in preferred.ToList())
        {
            int underscore = p.IndexOf('_', StringComparison.Ordinal);
            if (underscore >= 0)
            {
                preferred.Add(p[underscore..]);
            }
        }
        return SelectTerm(active, iri, containers, typeLanguage, preferred);
    }

    /// <summary>§6.3 Term Selection.</summary>
    private static string? SelectTerm(ActiveContext active, string iri, List<string> containers, string typeLanguage, List<string> preferred)
    {
        if (!active.Inverse.TryGet(iri, out var containerMap))
        {
            return null;
        }
        foreach (var container in containers)
        {
            if (!containerMap.TryGetValue(container, out var entry))
            {
                continue;
            }
            var typeLanguageMap = entry.For(typeLanguage);
            foreach (var item in preferred)
            {
                if (typeLanguageMap.TryGetValue(item, out var term))
                {
                    return term;
                }
            }
        }
        return null;
    }

    /// <summary>§6.4 Value Compaction.</summary>
    private object? CompactValue(ActiveContext active, string? activeProperty, JsonMap value)
    {
        var definition = active.Term(activeProperty);
        string? language = definition is not null && definition.HasLanguage ? definition.LanguageMapping : active.DefaultLanguage;
        string? direction = definition is not null && definition.HasDirection ? definition.DirectionMapping : active.DefaultBaseDirection;
        bool indexOk = !value.ContainsKey("@index") || (definition is not null && definition.HasContainer("@index"));
        object? result = value;
        if (value.ContainsKey("@id") && value.Keys.All(k => k is "@id" or "@index"))
        {
            if (definition?.TypeMapping == "@id")
            {
                result = CompactIri(active, value["@id"] as string, vocab: false);
            }
            else if (definition?.TypeMapping == "@vocab")
            {
                result = CompactIri(active, value["@id"] as string, vocab: true);
            }
            if (result is string && value.ContainsKey("@index") && !indexOk)
            {
                result = value;
            }
        }
        else if (value.TryGetValue("@type", out var type) && Equals(type, definition?.TypeMapping) && indexOk)
        {
            result = value["@value"];
        }
        else if (definition?.TypeMapping == "@none" || value.ContainsKey("@type"))
        {
            result = value;
        }
        else if (value.Get("@value") is not string)
        {
            if (indexOk)
            {
                result = value["@value"];
            }
        }
        else if (LanguageMatches(value.Get("@language") as string, language) && Equals(value.Get("@direction") as string, direction))
        {
            if (indexOk)
            {
                result = value["@value"];
            }
        }
        if (result is JsonMap map)
        {
            var aliased = new JsonMap();
            foreach (var (key, item) in map)
            {
                object? compactedItem = key == "@type"
                    ? (item is List<object?> types ? types.Select(t => (object?)CompactIri(active, t as string, vocab: true)).ToList() : CompactIri(active, item as string, vocab: true))
                    : item;
                aliased[Alias(active, key)] = compactedItem;
            }
            return aliased;
        }
        return result;
    }

    private static bool LanguageMatches(string? valueLanguage, string? language) =>
        (valueLanguage is null && language is null)
        || (valueLanguage is not null && language is not null && string.Equals(valueLanguage, language, StringComparison.OrdinalIgnoreCase));
}
