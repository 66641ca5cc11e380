using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Cuts triples into batches of about a given size without splitting blank nodes: a blank node label is local to one
/// request's payload, so every triple that shares a blank node (directly or through a chain of them) must travel in
/// the same request, or the store would see several distinct nodes where the graph has one.
/// </summary>
internal static class BlankNodeBatches
{
    public static List<List<Triple>> Cut(IReadOnlyList<Triple> triples, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        // Union-find over blank nodes: nodes that occur in one triple are joined.
        var parent = new Dictionary<BlankNode, BlankNode>();
        BlankNode Root(BlankNode node)
        {
            while (parent.TryGetValue(node, out BlankNode? up) && !up.Equals(node))
            {
                BlankNode grand = parent[up];
                parent[node] = grand;
                node = grand;
            }
            parent.TryAdd(node, node);
            return node;
        }
        foreach (Triple triple in triples)
        {
            if (triple.Subject is BlankNode s && triple.Object is BlankNode o)
            {
                BlankNode a = Root(s);
                BlankNode b = Root(o);
                if (!a.Equals(b))
                {
                    parent[a] = b;
                }
            }
        }
        var groups = new Dictionary<BlankNode, List<Triple>>();
        var batches = new List<List<Triple>>();
        var current = new List<Triple>();
        foreach (Triple triple in triples)
        {
            BlankNode? node = triple.Subject as BlankNode ?? triple.Object as BlankNode;
            if (node is null)
            {
                Add([triple]);
            }
            else
            {
                BlankNode root = Root(node);
                if (!groups.TryGetValue(root, out List<Triple>? group))
                {
                    groups[root] = group = [];
                }
                group.Add(triple);
            }
        }
        foreach (List<Triple> group in groups.Values)
        {
            Add(group);
        }
        if (current.Count > 0 || batches.Count == 0)
        {
            batches.Add(current);
        }
        return batches;

        void Add(List<Triple> group)
        {
            // A group larger than a batch travels alone rather than be split.
            if (current.Count > 0 && current.Count + group.Count > batchSize)
            {
                batches.Add(current);
                current = [];
            }
            current.AddRange(group);
        }
    }
}
