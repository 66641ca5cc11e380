using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Expansion;

/// <summary>§5.1.2 steps 13 and 14: expanding each entry of a map, keywords first-class, then nested properties.</summary>
internal sealed partial class Expander
{
    private void ExpandEntries(ActiveContext active, ActiveContext typeScopedContext, string? activeProperty, JsonMap element, JsonMap result, List<string> nests, string? baseUrl, string path, string? inputType)
    {
        IEnumerable<string> keys = Ordered ? element.Keys.Order(StringComparer.Ordinal) : element.Keys;
        foreach (var key in keys.ToList())
        {
            if (key == "@context")
            {
                continue;
            }
            object? value = element[key];
            string keyPath = path + "." + key;
            string? expandedProperty = _contexts.ExpandIri(active, key, vocab: true, path: keyPath);
            if (expandedProperty is null || (!expandedProperty.Contains(':', StringComparison.Ordinal) && !Keywords.IsKeyword(expandedProperty)))
            {
                continue;
            }
            if (Keywords.IsKeyword(expandedProperty))
            {
                ExpandKeyword(active, typeScopedContext, activeProperty, key, expandedProperty, value, result, nests, baseUrl, keyPath, inputType);
                continue;
            }
            var keyDefinition = active.Term(key);
            object? expandedValue;
            if (keyDefinition?.TypeMapping == "@json")
            {
                expandedValue = new JsonMap { ["@value"] = value, ["@type"] = "@json" };
            }
            else if (keyDefinition is not null && keyDefinition.HasContainer("@language") && value is JsonMap languageMap)
            {
                expandedValue = ExpandLanguageMap(active, keyDefinition, languageMap, keyPath);
            }
            else if (keyDefinition is not null && (keyDefinition.HasContainer("@index") || keyDefinition.HasContainer("@type") || keyDefinition.HasContainer("@id")) && value is JsonMap indexMap)
            {
                expandedValue = ExpandIndexMap(active, key, keyDefinition, indexMap, baseUrl, keyPath);
            }
            else
            {
                expandedValue = Expand(active, key, value, baseUrl, keyPath, fromMap: false);
            }
            if (expandedValue is null)
            {
                continue;
            }
            if (keyDefinition is not null && keyDefinition.HasContainer("@list") && !(expandedValue is JsonMap lm && lm.ContainsKey("@list")))
            {
                expandedValue = new JsonMap("@list", Json.AsList(expandedValue));
            }
            if (keyDefinition is not null && keyDefinition.HasContainer("@graph") && !keyDefinition.HasContainer("@id") && !keyDefinition.HasContainer("@index"))
            {
                expandedValue = Json.AsList(expandedValue).Select(v => (object?)new JsonMap("@graph", Json.AsList(v))).ToList();
            }
            if (keyDefinition is not null && keyDefinition.ReverseProperty)
            {
                if (result.Get("@reverse") is not JsonMap reverseMap)
                {
                    reverseMap = new JsonMap();
                    result["@reverse"] = reverseMap;
                }
                foreach (var item in Json.AsList(expandedValue))
                {
                    if (item is JsonMap im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidReversePropertyValue, keyPath, "a reverse property's value must be a node");
                    }
                    AddValue(reverseMap, expandedProperty, item);
                }
            }
            else
            {
                AddValue(result, expandedProperty, Json.AsList(expandedValue));
            }
        }
        IEnumerable<string> nestKeys = Ordered ? nests.Order(StringComparer.Ordinal) : nests;
        foreach (var nestingKey in nestKeys.ToList())
        {
            var nestedValues = Json.AsList(element[nestingKey]);
            for (int i = 0; i < nestedValues.Count; i++)
            {
                string nestedPath = element[nestingKey] is List<object?> ? $"{path}.{nestingKey}[{i}]" : $"{path}.{nestingKey}";
                if (nestedValues[i] is not JsonMap nested || nested.Keys.Any(k => _contexts.ExpandIri(active, k, vocab: true) == "@value"))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidNestValue, nestedPath, "a nested value must be a map that is not a value object");
                }
                var innerNests = new List<string>();
                var nestContext = active;
                if (active.Term(nestingKey) is { HasLocalContext: true } nestDefinition)
                {
                    nestContext = _contexts.Process(active, nestDefinition.LocalContext, nestDefinition.BaseUrl, nestedPath, overrideProtected: true);
                }
                ExpandEntries(nestContext, typeScopedContext, activeProperty, nested, result, innerNests, baseUrl, nestedPath, inputType);
            }
        }
    }

    private void ExpandKeyword(ActiveContext active, ActiveContext typeScopedContext, string? activeProperty, string key, string expandedProperty, object? value, JsonMap result, List<string> nests, string? baseUrl, string keyPath, string? inputType)
    {
        if (activeProperty == "@reverse")
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReversePropertyMap, keyPath, "a reverse property map cannot contain keywords");
        }
        if (result.ContainsKey(expandedProperty) && (_session.Is10 || expandedProperty is not ("@included" or "@type")))
        {
            throw new JsonLdException(JsonLdErrorCode.CollidingKeywords, keyPath, $"{expandedProperty} appears more than once");
        }
        object? expandedValue = null;
        switch (expandedProperty)
        {
            case "@id":
                if (value is not string id)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidIdValue, keyPath, "@id must be a string");
                }
                expandedValue = _contexts.ExpandIri(active, id, documentRelative: true, path: keyPath);
                // An @id that looks like a keyword expands to null, and the entry is kept as null (§5.1.2 13.4.3).
                result["@id"] = expandedValue;
                return;
            case "@type":
                if (!(value is string || (value is List<object?> typeList && typeList.All(t => t is string))))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidTypeValue, keyPath, "@type must be a string or an array of strings");
                }
                var types = Json.AsList(value).Select(t => (object?)_contexts.ExpandIri(typeScopedContext, (string)t!, documentRelative: true, vocab: true, path: keyPath)).ToList();
                expandedValue = value is List<object?> ? types : types[0];
                if (result.TryGetValue("@type", out var existingTypes))
                {
                    var merged = Json.AsList(existingTypes).ToList();
                    merged.AddRange(types);
                    expandedValue = merged;
                }
                break;
            case "@graph":
                expandedValue = Json.AsList(Expand(active, "@graph", value, baseUrl, keyPath, fromMap: false));
                break;
            case "@included":
                if (_session.Is10)
                {
                    return;
                }
                var included = Json.AsList(Expand(active, null, value, baseUrl, keyPath, fromMap: false));
                foreach (var item in included)
                {
                    if (item is not JsonMap node || node.ContainsKey("@value") || node.ContainsKey("@list") || node.ContainsKey("@set"))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidIncludedValue, keyPath, "@included must contain node objects");
                    }
                }
                if (result.TryGetValue("@included", out var existingIncluded))
                {
                    included = [.. Json.AsList(existingIncluded), .. included];
                }
                expandedValue = included;
                break;
            case "@value":
                if (inputType == "@json")
                {
                    if (_session.Is10)
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidValueObjectValue, keyPath, "@json needs json-ld-1.1");
                    }
                    result["@value"] = value;
                    return;
                }
                if (value is not null && !Json.IsScalar(value))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidValueObjectValue, keyPath, "@value must be a string, number, boolean or null");
                }
                result["@value"] = value;
                return;
            case "@language":
                if (value is not string language)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidLanguageTaggedString, keyPath, "@language must be a string");
                }
                expandedValue = language.ToLowerInvariant();
                break;
            case "@direction":
                if (_session.Is10)
                {
                    return;
                }
                if (value is not ("ltr" or "rtl"))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, keyPath, "@direction must be \"ltr\" or \"rtl\"");
                }
                expandedValue = value;
                break;
            case "@index":
                if (value is not string)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidIndexValue, keyPath, "@index must be a string");
                }
                expandedValue = value;
                break;
            case "@list":
                if (activeProperty is null || activeProperty == "@graph")
                {
                    return;
                }
                expandedValue = Json.AsList(Expand(active, activeProperty, value, baseUrl, keyPath, fromMap: false));
                break;
            case "@set":
                expandedValue = Expand(active, activeProperty, value, baseUrl, keyPath, fromMap: false);
                break;
            case "@reverse":
                ExpandReverse(active, value, result, baseUrl, keyPath);
                return;
            case "@nest":
                nests.Add(key);
                return;
            default:
                // @context is handled by the caller; framing keywords are not part of expansion proper.
                return;
        }
        if (expandedValue is not null)
        {
            result[expandedProperty] = expandedValue;
        }
    }

    private void ExpandReverse(ActiveContext active, object? value, JsonMap result, string? baseUrl, string keyPath)
    {
        if (value is not JsonMap)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReverseValue, keyPath, "@reverse must be a map");
        }
        var expanded = Expand(active, "@reverse", value, baseUrl, keyPath, fromMap: false) as JsonMap ?? new JsonMap();
        if (expanded.Get("@reverse") is JsonMap doubleReversed)
        {
            foreach (var (property, items) in doubleReversed)
            {
                AddValue(result, property, Json.AsList(items));
            }
        }
        if (expanded.Count > (expanded.ContainsKey("@reverse") ? 1 : 0))
        {
            if (result.Get("@reverse") is not JsonMap reverseMap)
            {
                reverseMap = new JsonMap();
                result["@reverse"] = reverseMap;
            }
            foreach (var (property, items) in expanded)
            {
                if (property == "@reverse")
                {
                    continue;
                }
                foreach (var item in Json.AsList(items))
                {
                    if (item is JsonMap im && (im.ContainsKey("@value") || im.ContainsKey("@list")))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidReversePropertyValue, keyPath + "." + property, "a reverse property's value must be a node");
                    }
                    AddValue(reverseMap, property, item);
                }
            }
        }
    }

    private List<object?> ExpandLanguageMap(ActiveContext active, TermDefinition definition, JsonMap languageMap, string path)
    {
        var expanded = new List<object?>();
        string? direction = definition.HasDirection ? definition.DirectionMapping : active.DefaultBaseDirection;
        IEnumerable<string> languages = Ordered ? languageMap.Keys.Order(StringComparer.Ordinal) : languageMap.Keys;
        foreach (var language in languages.ToList())
        {
            foreach (var item in Json.AsList(languageMap[language]))
            {
                if (item is null)
                {
                    continue;
                }
                if (item is not string text)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidLanguageMapValue, path + "." + language, "a language map's values must be strings");
                }
                var value = new JsonMap("@value", text);
                if (_contexts.ExpandIri(active, language, vocab: true) != "@none")
                {
                    value["@language"] = language.ToLowerInvariant();
                }
                if (direction is not null)
                {
                    value["@direction"] = direction;
                }
                expanded.Add(value);
            }
        }
        return expanded;
    }

    private List<object?> ExpandIndexMap(ActiveContext active, string key, TermDefinition definition, JsonMap indexMap, string? baseUrl, string path)
    {
        var expanded = new List<object?>();
        string indexKey = definition.IndexMapping ?? "@index";
        IEnumerable<string> indexes = Ordered ? indexMap.Keys.Order(StringComparer.Ordinal) : indexMap.Keys;
        foreach (var index in indexes.ToList())
        {
            string indexPath = path + "." + index;
            ActiveContext mapContext = active;
            if (definition.HasContainer("@id") || definition.HasContainer("@type"))
            {
                mapContext = active.PreviousContext ?? active;
            }
            if (definition.HasContainer("@type") && mapContext.Term(index) is { HasLocalContext: true } indexDefinition)
            {
                mapContext = _contexts.Process(mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl, indexPath);
            }
            else if (!definition.HasContainer("@id") && !definition.HasContainer("@type"))
            {
                mapContext = active;
            }
            string? expandedIndex = _contexts.ExpandIri(active, index, vocab: true, path: indexPath);
            var indexValue = Json.AsList(Expand(mapContext, key, Json.AsList(indexMap[index]), baseUrl, indexPath, fromMap: true));
            foreach (var entry in indexValue)
            {
                object? item = entry;
                if (definition.HasContainer("@graph") && !IsGraphObject(item))
                {
                    item = new JsonMap("@graph", Json.AsList(item));
                }
                var itemMap = (JsonMap)item!;
                if (definition.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var reExpanded = ExpandValue(active, indexKey, index, indexPath);
                    string expandedIndexKey = _contexts.ExpandIri(active, indexKey, vocab: true, path: indexPath)!;
                    var values = new List<object?> { reExpanded };
                    if (itemMap.TryGetValue(expandedIndexKey, out var existing))
                    {
                        values.AddRange(Json.AsList(existing));
                    }
                    itemMap[expandedIndexKey] = values;
                    if (itemMap.ContainsKey("@value"))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidValueObject, indexPath, "a property-valued index cannot apply to a value object");
                    }
                }
                else if (definition.HasContainer("@index") && !itemMap.ContainsKey("@index") && expandedIndex != "@none")
                {
                    itemMap["@index"] = index;
                }
                else if (definition.HasContainer("@id") && !itemMap.ContainsKey("@id") && expandedIndex != "@none")
                {
                    itemMap["@id"] = _contexts.ExpandIri(active, index, documentRelative: true, path: indexPath);
                }
                else if (definition.HasContainer("@type") && expandedIndex != "@none")
                {
                    var types = new List<object?> { expandedIndex };
                    if (itemMap.TryGetValue("@type", out var existing))
                    {
                        types.AddRange(Json.AsList(existing));
                    }
                    itemMap["@type"] = types;
                }
                expanded.Add(itemMap);
            }
        }
        return expanded;
    }
}
