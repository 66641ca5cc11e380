using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Graphs.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs;

/// <summary>
/// Canonical blank-node labels: isomorphic datasets get identical labels (<c>_:c14n0</c>, <c>_:c14n1</c>, ...) and
/// therefore identical sorted N-Quads text, whatever their original labels and statement order.
/// <para>
/// Method (our own, deterministic, not RDFC-1.0): blank nodes are grouped into connected components (nodes sharing a
/// statement). Each component is labelled by individualisation-refinement, keeping the labelling whose sorted
/// statement text is smallest; components are then ordered by that text (identical components are interchangeable,
/// so ties do not matter) and numbered consecutively. All hashing is process-independent, so the output is
/// reproducible across runs. Highly symmetric components can still need many search branches; automorphisms found
/// during the search prune most of them.
/// </para>
/// </summary>
public static class BlankNodeCanonicalizer
{
    /// <summary>The label prefix of canonical blank nodes.</summary>
    public const string LabelPrefix = "c14n";

    /// <summary>
    /// Relabels the blank nodes canonically. Returns the distinct quads, sorted by their N-Quads text (ordinal), with
    /// language tags lower-cased.
    /// </summary>
    public static IReadOnlyList<Quad> Canonicalize(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        IReadOnlyDictionary<BlankNode, BlankNode> labels = CanonicalLabels(quads, out List<Quad> distinct);
        return distinct
            .Select(q => BlankNodeStructure.Rename(q, n => labels[n]))
            .Select(static q => (Quad: q, Text: q.ToString()))
            .OrderBy(static entry => entry.Text, StringComparer.Ordinal)
            .Select(static entry => entry.Quad)
            .ToList();
    }

    /// <summary>The canonical N-Quads document: sorted lines, each ending with a newline.</summary>
    public static string ToCanonicalNQuads(IEnumerable<Quad> quads)
    {
        var builder = new StringBuilder();
        foreach (Quad quad in Canonicalize(quads))
        {
            builder.Append(quad.ToString()).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>The canonical label of every blank node of the dataset (old node to new node).</summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode> CanonicalLabels(IEnumerable<Quad> quads) => CanonicalLabels(quads, out _);

    private static IReadOnlyDictionary<BlankNode, BlankNode> CanonicalLabels(IEnumerable<Quad> quads, out List<Quad> distinct)
    {
        ArgumentNullException.ThrowIfNull(quads);
        distinct = quads.Select(LanguageTagNormalizer.Normalize).Distinct().ToList();
        var components = new List<(int[] Ranks, string Text, BlankNodeStructure Structure)>();
        foreach (List<Quad> component in Components(distinct))
        {
            BlankNodeStructure structure = BlankNodeStructure.Build(component);
            (int[] ranks, string text) = CanonicalLabelSearch.Run(structure);
            components.Add((ranks, text, structure));
        }
        components.Sort(static (x, y) => string.CompareOrdinal(x.Text, y.Text));

        var labels = new Dictionary<BlankNode, BlankNode>();
        int offset = 0;
        foreach ((int[] ranks, _, BlankNodeStructure structure) in components)
        {
            for (int i = 0; i < ranks.Length; i++)
            {
                labels[structure.Nodes[i]] = new BlankNode(LabelPrefix + (offset + ranks[i]).ToString(CultureInfo.InvariantCulture));
            }
            offset += ranks.Length;
        }
        return labels;
    }

    /// <summary>The quads mentioning blank nodes, grouped by connected component of blank nodes.</summary>
    private static IEnumerable<List<Quad>> Components(List<Quad> quads)
    {
        var parent = new Dictionary<BlankNode, BlankNode>();
        var withBlanks = new List<(Quad Quad, List<BlankNode> Nodes)>();
        foreach (Quad quad in quads)
        {
            List<BlankNode> nodes = [.. BlankNodeStructure.BlankNodesIn(quad)];
            if (nodes.Count == 0)
            {
                continue;
            }
            withBlanks.Add((quad, nodes));
            foreach (BlankNode node in nodes)
            {
                parent.TryAdd(node, node);
                Union(parent, nodes[0], node);
            }
        }
        return withBlanks.GroupBy(entry => Find(parent, entry.Nodes[0])).Select(group => group.Select(static e => e.Quad).ToList());
    }

    private static BlankNode Find(Dictionary<BlankNode, BlankNode> parent, BlankNode node)
    {
        BlankNode root = node;
        while (!parent[root].Equals(root))
        {
            root = parent[root];
        }
        while (!parent[node].Equals(root))
        {
            BlankNode next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }

    private static void Union(Dictionary<BlankNode, BlankNode> parent, BlankNode a, BlankNode b)
    {
        BlankNode ra = Find(parent, a), rb = Find(parent, b);
        if (!ra.Equals(rb))
        {
            parent[rb] = ra;
        }
    }
}
