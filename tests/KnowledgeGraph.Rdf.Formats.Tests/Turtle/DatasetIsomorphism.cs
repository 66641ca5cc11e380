using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

/// <summary>
/// Exact dataset isomorphism for the small datasets of these tests: blank nodes are partitioned by iterated
/// neighbourhood signatures, then mapped by backtracking within each partition.
/// </summary>
internal static class DatasetIsomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second)
    {
        var a = first.Distinct().ToList();
        var b = second.Distinct().ToList();
        if (a.Count != b.Count)
        {
            return false;
        }
        var colorsA = Refine(a);
        var colorsB = Refine(b);
        var blanksA = colorsA.Keys.OrderBy(k => colorsA[k], StringComparer.Ordinal).ToList();
        if (blanksA.Count != colorsB.Count)
        {
            return false;
        }
        var target = b.ToHashSet();
        return Extend(blanksA, 0, new Dictionary<BlankNode, BlankNode>(), new HashSet<BlankNode>(), colorsA, colorsB, a, target);
    }

    private static bool Extend(List<BlankNode> blanks, int index, Dictionary<BlankNode, BlankNode> map, HashSet<BlankNode> used,
        Dictionary<BlankNode, string> colorsA, Dictionary<BlankNode, string> colorsB, List<Quad> a, HashSet<Quad> target)
    {
        if (index == blanks.Count)
        {
            return a.All(q => target.Contains(new Quad(Map(q.Subject, map), q.Predicate, Map(q.Object, map), q.Graph is null ? null : Map(q.Graph, map))));
        }
        BlankNode next = blanks[index];
        foreach (var (candidate, color) in colorsB)
        {
            if (color != colorsA[next] || used.Contains(candidate))
            {
                continue;
            }
            map[next] = candidate;
            used.Add(candidate);
            if (Extend(blanks, index + 1, map, used, colorsA, colorsB, a, target))
            {
                return true;
            }
            map.Remove(next);
            used.Remove(candidate);
        }
        return false;
    }

    private static Term Map(Term term, Dictionary<BlankNode, BlankNode> map) => term is BlankNode blank ? map[blank] : term;

    private static Dictionary<BlankNode, string> Refine(List<Quad> quads)
    {
        var incidence = new Dictionary<BlankNode, List<Quad>>();
        foreach (Quad quad in quads)
        {
            foreach (Term? term in new[] { quad.Subject, quad.Object, quad.Graph })
            {
                if (term is BlankNode blank)
                {
                    if (!incidence.TryGetValue(blank, out var list))
                    {
                        list = [];
                        incidence.Add(blank, list);
                    }
                    if (list.Count == 0 || !list[^1].Equals(quad))
                    {
                        list.Add(quad);
                    }
                }
            }
        }
        var colors = incidence.Keys.ToDictionary(blank => blank, _ => "");
        string Key(Term? term) => term switch
        {
            null => "default",
            BlankNode blank => "_" + colors[blank],
            _ => term.ToString(),
        };
        int distinct = 1;
        // Refine until the partition stops splitting: then colours are as fine as this method can make them.
        for (int round = 0; round <= incidence.Count; round++)
        {
            var next = new Dictionary<BlankNode, string>();
            foreach (var (blank, incident) in incidence)
            {
                var signature = new List<string> { colors[blank] };
                foreach (Quad quad in incident)
                {
                    string self(Term? t) => blank.Equals(t) ? "*" : Key(t);
                    signature.Add(self(quad.Subject) + " " + quad.Predicate + " " + self(quad.Object) + " " + self(quad.Graph));
                }
                signature.Sort(StringComparer.Ordinal);
                next[blank] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("|", signature))));
            }
            colors = next;
            int nowDistinct = colors.Values.Distinct().Count();
            if (nowDistinct == distinct && round > 0)
            {
                break;
            }
            distinct = nowDistinct;
        }
        return colors;
    }
}
