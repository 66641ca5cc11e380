using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Compaction;

/// <summary>
/// §6.1.2 Compaction Algorithm: shortens an expanded document with a context, choosing terms (§6.3 term selection),
/// compact IRIs (§6.2) and container maps (language, index, id, type and graph maps) where the context defines them.
/// </summary>
internal sealed partial class Compactor
{
    private readonly JsonLdSession _session;
    private readonly ContextProcessor _contexts;

    public Compactor(JsonLdSession session)
    {
        _session = session;
        _contexts = new ContextProcessor(session);
    }

    private bool CompactArrays => _session.Options.CompactArrays;

    private bool Ordered => _session.Options.Ordered;

    /// <summary>The compact() API steps around the algorithm: wrapping in <c>@graph</c> and adding <c>@context</c>.</summary>
    public object? CompactDocument(ActiveContext active, List<object?> expanded, object? context, bool flattening)
    {
        object? compacted = Compact(active, null, expanded);
        string graphAlias = CompactIri(active, "@graph", vocab: true)!;
        JsonMap result;
        if (compacted is List<object?> list)
        {
            result = list.Count == 0 && !flattening ? new JsonMap() : new JsonMap(graphAlias, list);
        }
        else if (compacted is JsonMap map)
        {
            result = flattening && !_session.Options.OmitGraph ? new JsonMap(graphAlias, new List<object?> { map }) : map;
        }
        else
        {
            result = new JsonMap();
        }
        if (context is null || (context is JsonMap { Count: 0 }) || (context is List<object?> { Count: 0 }))
        {
            return result;
        }
        var withContext = new JsonMap("@context", context);
        foreach (var (key, value) in result)
        {
            withContext[key] = value;
        }
        return withContext;
    }

    public object? Compact(ActiveContext active, string? activeProperty, object? element)
    {
        var typeScopedContext = active;
        if (element is List<object?> array)
        {
            var results = new List<object?>();
            foreach (var item in array)
            {
                object? compactedItem = Compact(active, activeProperty, item);
                if (compactedItem is not null)
                {
                    results.Add(compactedItem);
                }
            }
            var propertyDefinition = active.Term(activeProperty);
            if (results.Count != 1 || !CompactArrays || activeProperty is "@graph" or "@set"
                || (propertyDefinition is not null && (propertyDefinition.HasContainer("@list") || propertyDefinition.HasContainer("@set"))))
            {
                return results;
            }
            return results[0];
        }
        if (element is not JsonMap map)
        {
            return element;
        }
        // The property-scoped context comes from the context the property was found in, before a type-scoped
        // context stops propagating (as in expansion, §5.1.2 step 3).
        var propertyScoped = active.Term(activeProperty);
        if (active.PreviousContext is not null && !map.ContainsKey("@value") && !(map.Count == 1 && map.ContainsKey("@id")))
        {
            active = active.PreviousContext;
        }
        if (propertyScoped is not null && propertyScoped.HasLocalContext)
        {
            active = _contexts.Process(active, propertyScoped.LocalContext, propertyScoped.BaseUrl, "$", overrideProtected: true);
        }
        var activeDefinition = active.Term(activeProperty);
        if (map.ContainsKey("@value") || (map.ContainsKey("@id") && map.Keys.All(k => k is "@id" or "@index")))
        {
            object? value = CompactValue(active, activeProperty, map);
            if (Json.IsScalar(value) || value is null || activeDefinition?.TypeMapping == "@json")
            {
                return value;
            }
        }
        if (map.TryGetValue("@list", out var listValue) && activeDefinition is not null && activeDefinition.HasContainer("@list"))
        {
            return Compact(active, activeProperty, listValue);
        }
        bool insideReverse = activeProperty == "@reverse";
        var result = new JsonMap();
        if (map.TryGetValue("@type", out var typeValue))
        {
            var compactedTypes = Json.AsList(typeValue).Select(t => CompactIri(typeScopedContext, t as string, vocab: true)).OfType<string>().Order(StringComparer.Ordinal).ToList();
            foreach (var term in compactedTypes)
            {
                if (typeScopedContext.Term(term) is { HasLocalContext: true } typeDefinition)
                {
                    active = _contexts.Process(active, typeDefinition.LocalContext, typeDefinition.BaseUrl, "$", propagate: false);
                }
            }
        }
        IEnumerable<string> keys = Ordered ? map.Keys.Order(StringComparer.Ordinal) : map.Keys;
        foreach (var expandedProperty in keys.ToList())
        {
            CompactEntry(active, typeScopedContext, activeProperty, map, expandedProperty, map[expandedProperty], insideReverse, result);
        }
        return result;
    }

    private void CompactEntry(ActiveContext active, ActiveContext typeScopedContext, string? activeProperty, JsonMap element, string expandedProperty, object? expandedValue, bool insideReverse, JsonMap result)
    {
        switch (expandedProperty)
        {
            case "@id":
                result[Alias(active, "@id")] = CompactIri(active, expandedValue as string, vocab: false);
                return;
            case "@type":
                {
                    object? compactedValue = expandedValue is string single
                        ? CompactIri(typeScopedContext, single, vocab: true)
                        : Json.AsList(expandedValue).Select(t => (object?)CompactIri(typeScopedContext, t as string, vocab: true)).ToList();
                    string alias = Alias(active, "@type");
                    bool asArray = (!_session.Is10 && active.Term(alias) is { } aliasDefinition && aliasDefinition.HasContainer("@set")) || !CompactArrays;
                    AddValue(result, alias, compactedValue, asArray);
                    return;
                }
            case "@reverse":
                {
                    var compactedValue = Compact(active, "@reverse", expandedValue) as JsonMap ?? new JsonMap();
                    foreach (var (property, value) in compactedValue.ToList())
                    {
                        if (active.Term(property) is { ReverseProperty: true } reverseDefinition)
                        {
                            bool asArray = reverseDefinition.HasContainer("@set") || !CompactArrays;
                            AddValue(result, property, value, asArray);
                            compactedValue.Remove(property);
                        }
                    }
                    if (compactedValue.Count > 0)
                    {
                        result[Alias(active, "@reverse")] = compactedValue;
                    }
                    return;
                }
            case "@preserve":
                return;
            case "@index" when active.Term(activeProperty) is { } indexed && indexed.HasContainer("@index"):
                return;
            case "@direction" or "@index" or "@language" or "@value":
                result[Alias(active, expandedProperty)] = expandedValue;
                return;
        }
        if (expandedValue is List<object?> { Count: 0 })
        {
            string itemActiveProperty = CompactIri(active, expandedProperty, expandedValue, vocab: true, reverse: insideReverse)!;
            var nestResult = NestResult(active, itemActiveProperty, result);
            AddValue(nestResult, itemActiveProperty, new List<object?>(), asArray: true);
        }
        foreach (var expandedItem in Json.AsList(expandedValue))
        {
            CompactItem(active, expandedProperty, expandedItem, insideReverse, result);
        }
    }

    private void CompactItem(ActiveContext active, string expandedProperty, object? expandedItem, bool insideReverse, JsonMap result)
    {
        string itemActiveProperty = CompactIri(active, expandedProperty, expandedItem, vocab: true, reverse: insideReverse)!;
        var nestResult = NestResult(active, itemActiveProperty, result);
        var definition = active.Term(itemActiveProperty);
        var container = definition?.ContainerMapping ?? [];
        bool asArray = container.Contains("@set") || itemActiveProperty is "@graph" or "@list" || !CompactArrays;
        var itemMap = expandedItem as JsonMap;
        bool isList = itemMap is not null && itemMap.ContainsKey("@list");
        bool isGraph = IsGraphObject(itemMap);
        object? inner = isList ? itemMap!["@list"] : isGraph ? itemMap!["@graph"] : expandedItem;
        object? compactedItem = Compact(active, itemActiveProperty, inner);
        if (isList)
        {
            compactedItem = Json.AsList(compactedItem);
            if (!container.Contains("@list"))
            {
                var wrapped = new JsonMap(Alias(active, "@list"), compactedItem);
                if (itemMap!.TryGetValue("@index", out var listIndex))
                {
                    wrapped[Alias(active, "@index")] = listIndex;
                }
                AddValue(nestResult, itemActiveProperty, wrapped, asArray);
            }
            else
            {
                nestResult[itemActiveProperty] = compactedItem;
            }
            return;
        }
        if (isGraph)
        {
            CompactGraphItem(active, itemActiveProperty, itemMap!, compactedItem, container, asArray, nestResult);
            return;
        }
        if ((container.Contains("@language") || container.Contains("@index") || container.Contains("@id") || container.Contains("@type")) && !container.Contains("@graph"))
        {
            CompactMapItem(active, itemActiveProperty, definition!, itemMap, compactedItem, container, asArray, nestResult);
            return;
        }
        AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
    }

    private void CompactGraphItem(ActiveContext active, string itemActiveProperty, JsonMap expandedItem, object? compactedItem, List<string> container, bool asArray, JsonMap nestResult)
    {
        bool simple = !expandedItem.ContainsKey("@id");
        if (container.Contains("@graph") && container.Contains("@id"))
        {
            var mapObject = MapObject(nestResult, itemActiveProperty);
            string mapKey = expandedItem.Get("@id") is string id ? CompactIri(active, id, vocab: false)! : Alias(active, "@none");
            AddValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if (container.Contains("@graph") && container.Contains("@index") && simple)
        {
            var mapObject = MapObject(nestResult, itemActiveProperty);
            string mapKey = expandedItem.Get("@index") as string ?? Alias(active, "@none");
            AddValue(mapObject, mapKey, compactedItem, asArray);
        }
        else if (container.Contains("@graph") && simple)
        {
            if (compactedItem is List<object?> { Count: > 1 })
            {
                compactedItem = new JsonMap(Alias(active, "@included"), compactedItem);
            }
            AddValue(nestResult, itemActiveProperty, compactedItem, asArray);
        }
        else
        {
            var wrapped = new JsonMap(Alias(active, "@graph"), compactedItem);
            if (expandedItem.Get("@id") is string id)
            {
                wrapped[Alias(active, "@id")] = CompactIri(active, id, vocab: false);
            }
            if (expandedItem.TryGetValue("@index", out var index))
            {
                wrapped[Alias(active, "@index")] = index;
            }
            AddValue(nestResult, itemActiveProperty, wrapped, asArray);
        }
    }

    private void CompactMapItem(ActiveContext active, string itemActiveProperty, TermDefinition definition, JsonMap? expandedItem, object? compactedItem, List<string> container, bool asArray, JsonMap nestResult)
    {
        var mapObject = MapObject(nestResult, itemActiveProperty);
        string containerKeyword = container.Contains("@language") ? "@language" : container.Contains("@index") ? "@index" : container.Contains("@id") ? "@id" : "@type";
        string containerKey = Alias(active, containerKeyword);
        string indexKey = definition.IndexMapping ?? "@index";
        string? mapKey = null;
        if (containerKeyword == "@language" && expandedItem is not null && expandedItem.ContainsKey("@value"))
        {
            if (compactedItem is JsonMap compactedValue)
            {
                compactedItem = compactedValue.Get(Alias(active, "@value"));
            }
            mapKey = expandedItem.Get("@language") as string;
        }
        else if (containerKeyword == "@index" && indexKey == "@index")
        {
            mapKey = expandedItem?.Get("@index") as string;
        }
        else if (containerKeyword == "@index")
        {
            containerKey = CompactIri(active, _contexts.ExpandIri(active, indexKey, vocab: true), vocab: true)!;
            if (compactedItem is JsonMap keyed && !keyed.ContainsKey(containerKey) && keyed.ContainsKey(indexKey))
            {
                // The index property was compacted with a type-specific term (e.g. one with @type: @vocab) that is
                // the index key as written.
                containerKey = indexKey;
            }
            if (compactedItem is JsonMap compactedNode && compactedNode.TryGetValue(containerKey, out var indexValues))
            {
                var values = Json.AsList(indexValues).ToList();
                int first = values.FindIndex(v => v is string);
                if (first >= 0)
                {
                    mapKey = (string)values[first]!;
                    values.RemoveAt(first);
                }
                compactedNode.Remove(containerKey);
                if (values.Count > 0)
                {
                    AddValue(compactedNode, containerKey, values.Count == 1 && indexValues is not List<object?> ? values[0] : values, asArray: false);
                }
            }
        }
        else if (containerKeyword == "@id")
        {
            if (compactedItem is JsonMap compactedNode && compactedNode.TryGetValue(containerKey, out var idValue))
            {
                mapKey = idValue as string;
                compactedNode.Remove(containerKey);
            }
        }
        else
        {
            if (compactedItem is JsonMap compactedNode && compactedNode.TryGetValue(containerKey, out var typeValues))
            {
                var values = Json.AsList(typeValues).ToList();
                if (values.Count > 0)
                {
                    mapKey = values[0] as string;
                    values.RemoveAt(0);
                }
                compactedNode.Remove(containerKey);
                if (values.Count > 0)
                {
                    AddValue(compactedNode, containerKey, values, asArray: false);
                }
                if (compactedNode.Count == 1 && compactedNode.ContainsKey(Alias(active, "@id")) && expandedItem is not null)
                {
                    compactedItem = Compact(active, itemActiveProperty, new JsonMap("@id", expandedItem["@id"]));
                }
            }
        }
        mapKey ??= Alias(active, "@none");
        AddValue(mapObject, mapKey, compactedItem, asArray);
    }

    private JsonMap NestResult(ActiveContext active, string itemActiveProperty, JsonMap result)
    {
        var definition = active.Term(itemActiveProperty);
        if (definition?.NestValue is not string nestTerm)
        {
            return result;
        }
        if (nestTerm != "@nest" && _contexts.ExpandIri(active, nestTerm, vocab: true) != "@nest")
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidNestValue, "$", $"the @nest value '{nestTerm}' of '{itemActiveProperty}' is not @nest or an alias of it");
        }
        if (result.Get(nestTerm) is not JsonMap nestResult)
        {
            nestResult = new JsonMap();
            result[nestTerm] = nestResult;
        }
        return nestResult;
    }

    private static JsonMap MapObject(JsonMap nestResult, string property)
    {
        if (nestResult.Get(property) is not JsonMap mapObject)
        {
            mapObject = new JsonMap();
            nestResult[property] = mapObject;
        }
        return mapObject;
    }

    private static bool IsGraphObject(JsonMap? value) =>
        value is not null && value.ContainsKey("@graph") && value.Keys.All(k => k is "@graph" or "@id" or "@index");

    private string Alias(ActiveContext active, string keyword) => CompactIri(active, keyword, vocab: true)!;

    /// <summary>The "add value" helper of the API (§9.? utility): appends, wrapping in an array when needed.</summary>
    private static void AddValue(JsonMap target, string key, object? value, bool asArray)
    {
        if (asArray && (!target.TryGetValue(key, out var current) || current is not List<object?>))
        {
            target[key] = target.TryGetValue(key, out var existing) ? new List<object?> { existing } : new List<object?>();
        }
        if (value is List<object?> values)
        {
            if (values.Count == 0 && !target.ContainsKey(key))
            {
                target[key] = new List<object?>();
            }
            foreach (var item in values)
            {
                AddValue(target, key, item, asArray: false);
            }
            return;
        }
        if (!target.TryGetValue(key, out var present))
        {
            target[key] = value;
        }
        else if (present is List<object?> list)
        {
            list.Add(value);
        }
        else
        {
            target[key] = new List<object?> { present, value };
        }
    }
}
