using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Flattening;

/// <summary>§7.1 Flattening Algorithm: every node at the top level, named graphs under their graph's node.</summary>
internal static class Flattener
{
    public static List<object?> Flatten(List<object?> expanded, JsonLdSession session)
    {
        var generator = new NodeMapGenerator(session);
        generator.Generate(expanded);
        var nodeMap = generator.NodeMap;
        var defaultGraph = nodeMap["@default"];
        foreach (var graphName in nodeMap.Keys.Order(StringComparer.Ordinal))
        {
            if (graphName == "@default")
            {
                continue;
            }
            if (defaultGraph.Get(graphName) is not JsonMap entry)
            {
                entry = new JsonMap("@id", graphName);
                defaultGraph[graphName] = entry;
            }
            var graphNodes = new List<object?>();
            var graph = nodeMap[graphName];
            foreach (var id in graph.Keys.Order(StringComparer.Ordinal))
            {
                var node = (JsonMap)graph[id]!;
                if (!IsOnlyId(node))
                {
                    graphNodes.Add(node);
                }
            }
            entry["@graph"] = graphNodes;
        }
        var flattened = new List<object?>();
        IEnumerable<string> ids = session.Options.Ordered ? defaultGraph.Keys.Order(StringComparer.Ordinal) : defaultGraph.Keys;
        foreach (var id in ids)
        {
            var node = (JsonMap)defaultGraph[id]!;
            if (!IsOnlyId(node))
            {
                flattened.Add(node);
            }
        }
        return flattened;
    }

    private static bool IsOnlyId(JsonMap node) => node.Count == 1 && node.ContainsKey("@id");
}
