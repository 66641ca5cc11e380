using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Flattening;

/// <summary>
/// §7.2.2 Node Map Generation: collects every node of an expanded document into a map from graph name to a map from
/// node identifier to node, relabelling blank nodes. Flattening and serialization to RDF both start here.
/// </summary>
internal sealed class NodeMapGenerator
{
    private readonly JsonLdSession _session;

    public NodeMapGenerator(JsonLdSession session) => _session = session;

    /// <summary>The node map: graph name (<c>@default</c> for the default graph) → node id → node.</summary>
    public Dictionary<string, JsonMap> NodeMap { get; } = new(StringComparer.Ordinal) { ["@default"] = new JsonMap() };

    public void Generate(object? element, string activeGraph = "@default", object? activeSubject = null, string? activeProperty = null, JsonMap? list = null)
    {
        if (element is List<object?> array)
        {
            foreach (var item in array)
            {
                Generate(item, activeGraph, activeSubject, activeProperty, list);
            }
            return;
        }
        if (element is not JsonMap map)
        {
            return;
        }
        if (!NodeMap.TryGetValue(activeGraph, out var graph))
        {
            graph = new JsonMap();
            NodeMap[activeGraph] = graph;
        }
        JsonMap? subjectNode = activeSubject is string subjectId ? (JsonMap?)graph.Get(subjectId) : null;
        if (map.TryGetValue("@type", out var typeValue))
        {
            var types = Json.AsList(typeValue).Select(t => t is string s && Keywords.IsBlankNodeId(s) ? _session.IssueBlankNode(s) : t).ToList();
            map["@type"] = typeValue is List<object?> ? types : types[0];
        }
        if (map.ContainsKey("@value"))
        {
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty!, map);
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(map);
            }
        }
        else if (map.TryGetValue("@list", out var listValue))
        {
            var result = new JsonMap("@list", new List<object?>());
            Generate(listValue, activeGraph, activeSubject, activeProperty, result);
            if (list is null)
            {
                AddAlways(subjectNode!, activeProperty!, result);
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(result);
            }
        }
        else
        {
            GenerateNode(map, graph, activeGraph, activeSubject, activeProperty, subjectNode, list);
        }
    }

    private void GenerateNode(JsonMap element, JsonMap graph, string activeGraph, object? activeSubject, string? activeProperty, JsonMap? subjectNode, JsonMap? list)
    {
        string id;
        if (element.TryGetValue("@id", out var rawId) && rawId is null)
        {
            // An @id that expanded to null (it looked like a keyword) names nothing; the node is dropped.
            return;
        }
        if (element.Get("@id") is string existingId)
        {
            id = Keywords.IsBlankNodeId(existingId) ? _session.IssueBlankNode(existingId) : existingId;
        }
        else
        {
            id = _session.IssueBlankNode(null);
        }
        if (graph.Get(id) is not JsonMap node)
        {
            node = new JsonMap("@id", id);
            graph[id] = node;
        }
        if (activeSubject is JsonMap reverseSubject)
        {
            AddUnique(node, activeProperty!, reverseSubject);
        }
        else if (activeProperty is not null)
        {
            var reference = new JsonMap("@id", id);
            if (list is null)
            {
                AddUnique(subjectNode!, activeProperty, reference);
            }
            else
            {
                ((List<object?>)list["@list"]!).Add(reference);
            }
        }
        if (element.TryGetValue("@type", out var types))
        {
            foreach (var type in Json.AsList(types))
            {
                AddUnique(node, "@type", type);
            }
        }
        if (element.TryGetValue("@index", out var index))
        {
            if (node.TryGetValue("@index", out var existingIndex) && !Json.DeepEquals(existingIndex, index))
            {
                throw new JsonLdException(JsonLdErrorCode.ConflictingIndexes, "$", $"node {id} has two different @index values");
            }
            node["@index"] = index;
        }
        if (element.Get("@reverse") is JsonMap reverseMap)
        {
            var referenced = new JsonMap("@id", id);
            foreach (var (property, values) in reverseMap)
            {
                foreach (var value in Json.AsList(values))
                {
                    Generate(value, activeGraph, referenced, property);
                }
            }
        }
        if (element.TryGetValue("@graph", out var graphValue))
        {
            Generate(graphValue, id);
        }
        if (element.TryGetValue("@included", out var included))
        {
            Generate(included, activeGraph);
        }
        foreach (var property in element.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (property is "@id" or "@type" or "@index" or "@reverse" or "@graph" or "@included")
            {
                continue;
            }
            string key = Keywords.IsBlankNodeId(property) ? _session.IssueBlankNode(property) : property;
            if (!node.ContainsKey(key))
            {
                node[key] = new List<object?>();
            }
            Generate(element[property], activeGraph, id, key);
        }
    }

    private static void AddUnique(JsonMap node, string property, object? value)
    {
        if (node.Get(property) is not List<object?> values)
        {
            values = [];
            node[property] = values;
        }
        if (!values.Any(v => Json.DeepEquals(v, value)))
        {
            values.Add(value);
        }
    }

    private static void AddAlways(JsonMap node, string property, object? value)
    {
        if (node.Get(property) is not List<object?> values)
        {
            values = [];
            node[property] = values;
        }
        values.Add(value);
    }
}
