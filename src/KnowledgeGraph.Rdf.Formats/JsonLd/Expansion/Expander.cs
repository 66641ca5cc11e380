using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Expansion;

/// <summary>
/// §5.1.2 Expansion Algorithm: removes the context, expands terms and compact IRIs to IRIs and puts every value in
/// its explicit form. Errors carry the JSON path of the offending value.
/// </summary>
internal sealed partial class Expander
{
    private readonly JsonLdSession _session;
    private readonly ContextProcessor _contexts;

    public Expander(JsonLdSession session)
    {
        _session = session;
        _contexts = new ContextProcessor(session);
    }

    public ContextProcessor Contexts => _contexts;

    private bool Ordered => _session.Options.Ordered;

    /// <summary>Expands a document and applies the API's post-processing (§9.1 expand(), steps 8.1–8.3).</summary>
    public List<object?> ExpandDocument(object? document, ActiveContext active, string? baseUrl)
    {
        object? expanded = Expand(active, null, document, baseUrl, "$", fromMap: false);
        if (expanded is JsonMap map && map.Count == 1 && map.TryGetValue("@graph", out var graph))
        {
            expanded = graph;
        }
        return expanded switch
        {
            null => [],
            List<object?> list => list,
            _ => [expanded],
        };
    }

    public object? Expand(ActiveContext active, string? activeProperty, object? element, string? baseUrl, string path, bool fromMap)
    {
        if (element is null)
        {
            return null;
        }
        var propertyDefinition = active.Term(activeProperty);
        if (element is List<object?> array)
        {
            var result = new List<object?>();
            for (int i = 0; i < array.Count; i++)
            {
                object? expandedItem = Expand(active, activeProperty, array[i], baseUrl, $"{path}[{i}]", fromMap);
                if (propertyDefinition is not null && propertyDefinition.HasContainer("@list") && expandedItem is List<object?> nested)
                {
                    expandedItem = new JsonMap("@list", nested);
                }
                if (expandedItem is List<object?> items)
                {
                    result.AddRange(items);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }
            return result;
        }
        if (element is not JsonMap elementMap)
        {
            if (activeProperty is null || activeProperty == "@graph")
            {
                return null;
            }
            if (propertyDefinition is not null && propertyDefinition.HasLocalContext)
            {
                active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, path, overrideProtected: true);
            }
            return ExpandValue(active, activeProperty, element, path);
        }
        return ExpandMap(active, activeProperty, elementMap, baseUrl, path, fromMap, propertyDefinition);
    }

    private object? ExpandMap(ActiveContext active, string? activeProperty, JsonMap element, string? baseUrl, string path, bool fromMap, TermDefinition? propertyDefinition)
    {
        if (active.PreviousContext is not null && !fromMap && !RetainsContext(active, element))
        {
            active = active.PreviousContext;
        }
        if (propertyDefinition is not null && propertyDefinition.HasLocalContext)
        {
            active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, path + ".@context", overrideProtected: true);
        }
        if (element.TryGetValue("@context", out var localContext))
        {
            active = _contexts.Process(active, localContext, baseUrl, path + ".@context");
        }
        var typeScopedContext = active;
        string? inputType = null;
        bool sawType = false;
        foreach (var key in element.Keys.Order(StringComparer.Ordinal))
        {
            if (_contexts.ExpandIri(active, key, vocab: true) != "@type")
            {
                continue;
            }
            var types = Json.AsList(element[key]).OfType<string>().ToList();
            foreach (var type in types.Order(StringComparer.Ordinal))
            {
                var typeDefinition = typeScopedContext.Term(type);
                if (typeDefinition is not null && typeDefinition.HasLocalContext)
                {
                    active = _contexts.Process(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, path + "." + key, propagate: false);
                }
            }
            if (!sawType && types.Count > 0)
            {
                inputType = _contexts.ExpandIri(active, types[^1], vocab: true);
            }
            sawType = true;
        }
        var result = new JsonMap();
        var nests = new List<string>();
        ExpandEntries(active, typeScopedContext, activeProperty, element, result, nests, baseUrl, path, inputType);
        return Finish(activeProperty, result, path);
    }

    /// <summary>§5.1.2 step 7: a value object or a lone node reference keeps a non-propagated context.</summary>
    private bool RetainsContext(ActiveContext active, JsonMap element)
    {
        bool onlyId = element.Count == 1;
        foreach (var key in element.Keys)
        {
            string? expanded = _contexts.ExpandIri(active, key, vocab: true);
            if (expanded == "@value")
            {
                return true;
            }
            if (expanded != "@id")
            {
                onlyId = false;
            }
        }
        return onlyId;
    }

    private object? Finish(string? activeProperty, JsonMap result, string path)
    {
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var key in result.Keys)
            {
                if (key is not ("@direction" or "@index" or "@language" or "@type" or "@value"))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidValueObject, path, $"a value object cannot have '{key}'");
                }
            }
            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidValueObject, path, "a value object cannot have both @type and @language or @direction");
            }
            if (result.Get("@type") is "@json")
            {
                return result;
            }
            if (value is null || (value is List<object?> { Count: 0 }))
            {
                return null;
            }
            if (value is not string && result.ContainsKey("@language"))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidLanguageTaggedValue, path, "only strings can have a language");
            }
            if (result.TryGetValue("@type", out var type) && (type is not string t || !KnowledgeGraph.Rdf.Iris.IriSyntax.IsAbsolute(t) || Keywords.IsBlankNodeId(t)))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTypedValue, path + ".@type", "a value's type must be an IRI");
            }
        }
        else if (result.TryGetValue("@type", out var types) && types is not List<object?>)
        {
            result["@type"] = new List<object?> { types };
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidSetOrListObject, path, "a set or list object can only have @index besides");
            }
            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }
        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            return null;
        }
        if (activeProperty is null || activeProperty == "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list"))
            {
                return null;
            }
            if (result.Count == 1 && result.ContainsKey("@id"))
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>§5.3.2 Value Expansion.</summary>
    public JsonMap ExpandValue(ActiveContext active, string? activeProperty, object? value, string path)
    {
        var definition = active.Term(activeProperty);
        if (definition?.TypeMapping == "@id" && value is string id)
        {
            return new JsonMap("@id", _contexts.ExpandIri(active, id, documentRelative: true, path: path));
        }
        if (definition?.TypeMapping == "@vocab" && value is string vocabId)
        {
            return new JsonMap("@id", _contexts.ExpandIri(active, vocabId, documentRelative: true, vocab: true, path: path));
        }
        var result = new JsonMap("@value", value);
        if (definition?.TypeMapping is string type && type is not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value is string)
        {
            string? language = definition is not null && definition.HasLanguage ? definition.LanguageMapping : active.DefaultLanguage;
            string? direction = definition is not null && definition.HasDirection ? definition.DirectionMapping : active.DefaultBaseDirection;
            if (language is not null)
            {
                result["@language"] = language;
            }
            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }
        return result;
    }

    private static bool IsGraphObject(object? value) =>
        value is JsonMap map && map.ContainsKey("@graph") && map.Keys.All(k => k is "@graph" or "@id" or "@index" or "@context");

    private static void AddValue(JsonMap map, string key, object? value)
    {
        if (!map.TryGetValue(key, out var existing))
        {
            existing = new List<object?>();
            map[key] = existing;
        }
        else if (existing is not List<object?>)
        {
            existing = new List<object?> { existing };
            map[key] = existing;
        }
        var list = (List<object?>)existing!;
        if (value is List<object?> values)
        {
            list.AddRange(values);
        }
        else
        {
            list.Add(value);
        }
    }
}
