using KnowledgeGraph.Rdf.Graphs.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs;

/// <summary>
/// Dataset isomorphism (<see href="https://www.w3.org/TR/rdf12-concepts/#section-dataset-isomorphism"/>): equality up
/// to a bijective renaming of blank nodes, which may occur as subject, object, graph name or inside triple terms.
/// Ground statements are compared as sets first; blank nodes are then colour-refined in lockstep in both datasets
/// and a mapping is searched only among nodes of equal colour, individualising one pair at a time (so regular
/// structures where all blank nodes look alike, such as two triangles against a hexagon, are decided correctly).
/// Duplicate quads in the inputs are ignored: datasets are sets.
/// </summary>
public static class Isomorphism
{
    /// <summary>Whether two datasets are isomorphic.</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second) => Compare(first, second).IsIsomorphic;

    /// <summary>Whether two datasets are isomorphic, with a reason when they are not.</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second, out string reason)
    {
        IsomorphismResult result = Compare(first, second);
        reason = result.Reason;
        return result.IsIsomorphic;
    }

    /// <summary>Compares two datasets and returns the verdict, a reason or a blank-node mapping.</summary>
    public static IsomorphismResult Compare(IEnumerable<Quad> first, IEnumerable<Quad> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        BlankNodeStructure a = BlankNodeStructure.Build(first.Select(LanguageTagNormalizer.Normalize));
        BlankNodeStructure b = BlankNodeStructure.Build(second.Select(LanguageTagNormalizer.Normalize));

        string? groundDifference = GroundDifference(a.GroundQuads, b.GroundQuads);
        if (groundDifference is not null)
        {
            return IsomorphismResult.NotIsomorphic(groundDifference);
        }
        if (a.BlankQuads.Count != b.BlankQuads.Count)
        {
            return IsomorphismResult.NotIsomorphic(
                $"The first dataset has {a.BlankQuads.Count} statements with blank nodes, the second {b.BlankQuads.Count}.");
        }
        if (a.NodeCount != b.NodeCount)
        {
            return IsomorphismResult.NotIsomorphic($"The first dataset has {a.NodeCount} blank nodes, the second {b.NodeCount}.");
        }

        var targets = new HashSet<Quad>(b.BlankQuads);
        int[] twins = CanonicalLabelSearch.TwinClasses(a);
        int[]? mapping = Search(a, b, twins, ColourRefinement.Initial(a), ColourRefinement.Initial(b), targets, out string? reason);
        if (mapping is null)
        {
            return IsomorphismResult.NotIsomorphic(reason ?? "No renaming of blank nodes makes the datasets equal.");
        }
        var result = new Dictionary<BlankNode, BlankNode>();
        for (int i = 0; i < mapping.Length; i++)
        {
            result[a.Nodes[i]] = b.Nodes[mapping[i]];
        }
        return IsomorphismResult.Isomorphic(result);
    }

    private static string? GroundDifference(List<Quad> a, List<Quad> b)
    {
        var inB = new HashSet<Quad>(b);
        Quad? missing = a.Where(q => !inB.Contains(q)).OrderBy(static q => q.ToString(), StringComparer.Ordinal).Cast<Quad?>().FirstOrDefault();
        if (missing is not null)
        {
            return $"The statement {missing} is in the first dataset but not in the second.";
        }
        var inA = new HashSet<Quad>(a);
        Quad? extra = b.Where(q => !inA.Contains(q)).OrderBy(static q => q.ToString(), StringComparer.Ordinal).Cast<Quad?>().FirstOrDefault();
        return extra is null ? null : $"The statement {extra} is in the second dataset but not in the first.";
    }

    /// <summary>Refines both colourings in lockstep, then maps or branches; returns a[i] -> b index, or null.</summary>
    private static int[]? Search(BlankNodeStructure a, BlankNodeStructure b, int[] twins, ulong[] ca, ulong[] cb, HashSet<Quad> targets, out string? reason)
    {
        reason = null;
        int classes = ColourRefinement.CountDistinct(ca);
        while (true)
        {
            ca = ColourRefinement.Round(a, ca);
            cb = ColourRefinement.Round(b, cb);
            string? mismatch = ColourMismatch(a, ca, cb);
            if (mismatch is not null)
            {
                reason = mismatch;
                return null;
            }
            int next = ColourRefinement.CountDistinct(ca);
            if (next == classes)
            {
                break;
            }
            classes = next;
        }

        ulong? cell = ColourRefinement.TargetCell(ca);
        if (cell is null)
        {
            var byColour = new Dictionary<ulong, int>();
            for (int i = 0; i < cb.Length; i++)
            {
                byColour[cb[i]] = i;
            }
            int[] mapping = [.. ca.Select(c => byColour[c])];
            if (MappingWorks(a, b, mapping, targets))
            {
                return mapping;
            }
            reason = "The blank nodes' neighbourhoods match, but no renaming makes the statements equal.";
            return null;
        }

        int x = Array.IndexOf(ca, cell.Value);
        int[] cellA = [.. Enumerable.Range(0, ca.Length).Where(i => ca[i] == cell.Value)];
        if (cellA.All(i => twins[i] == twins[x]))
        {
            // Twins (same statements apart from themselves) are interchangeable, so if any mapping of the cell works,
            // pairing them with the other side's cell in any order works: no branching needed.
            int[] cellB = [.. Enumerable.Range(0, cb.Length).Where(i => cb[i] == cell.Value)];
            ulong[] pa = (ulong[])ca.Clone(), pb = (ulong[])cb.Clone();
            for (int i = 0; i < cellA.Length; i++)
            {
                ColourRefinement.Individualize(pa, cellA[i], i);
                ColourRefinement.Individualize(pb, cellB[i], i);
            }
            return Search(a, b, twins, pa, pb, targets, out reason);
        }
        for (int y = 0; y < cb.Length; y++)
        {
            if (cb[y] != cell.Value)
            {
                continue;
            }
            ulong[] na = (ulong[])ca.Clone(), nb = (ulong[])cb.Clone();
            ColourRefinement.Individualize(na, x);
            ColourRefinement.Individualize(nb, y);
            int[]? found = Search(a, b, twins, na, nb, targets, out _);
            if (found is not null)
            {
                return found;
            }
        }
        reason = $"No renaming of blank nodes makes the datasets equal (tried every candidate image of {a.Nodes[x]}).";
        return null;
    }

    private static bool MappingWorks(BlankNodeStructure a, BlankNodeStructure b, int[] mapping, HashSet<Quad> targets)
    {
        var rename = new Dictionary<BlankNode, BlankNode>();
        for (int i = 0; i < mapping.Length; i++)
        {
            rename[a.Nodes[i]] = b.Nodes[mapping[i]];
        }
        return a.BlankQuads.All(q => targets.Contains(BlankNodeStructure.Rename(q, n => rename[n])));
    }

    private static string? ColourMismatch(BlankNodeStructure a, ulong[] ca, ulong[] cb)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (ulong c in cb)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }
        for (int i = 0; i < ca.Length; i++)
        {
            int left = counts.GetValueOrDefault(ca[i]) - 1;
            if (left < 0)
            {
                string example = a.BlankQuads.First(q => BlankNodeStructure.BlankNodesIn(q).Contains(a.Nodes[i])).ToString();
                return $"Blank node {a.Nodes[i]} of the first dataset has no counterpart with the same neighbourhood in the second (it appears in {example}).";
            }
            counts[ca[i]] = left;
        }
        return null;
    }
}
