using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// One side's rows that mention blank nodes, prepared for matching: each row's signature (the row with its blank
/// nodes replaced by row-local placeholders, numbered in order of first occurrence, as an id shared by both sides)
/// and the blank nodes behind the placeholders, as node indices.
/// </summary>
internal sealed class BlankRowSide
{
    private BlankRowSide(List<Term?[]> rows, int[] signatures, int[][] blanks, List<BlankNode> nodes)
    {
        Rows = rows;
        Signatures = signatures;
        Blanks = blanks;
        Nodes = nodes;
    }

    public List<Term?[]> Rows { get; }

    /// <summary>Per row, its signature id.</summary>
    public int[] Signatures { get; }

    /// <summary>Per row, the node index of each placeholder.</summary>
    public int[][] Blanks { get; }

    public List<BlankNode> Nodes { get; }

    public static BlankRowSide Build(List<Term?[]> rows, Dictionary<Term?[], int> signatureIds)
    {
        var nodeIndex = new Dictionary<BlankNode, int>();
        var nodes = new List<BlankNode>();
        var signatures = new int[rows.Count];
        var blanks = new int[rows.Count][];
        var local = new Dictionary<BlankNode, int>();
        var rowBlanks = new List<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            local.Clear();
            rowBlanks.Clear();
            foreach (Term? term in rows[r])
            {
                BlankTerms.Visit(term, blank =>
                {
                    if (local.ContainsKey(blank))
                    {
                        return;
                    }
                    local[blank] = local.Count;
                    if (!nodeIndex.TryGetValue(blank, out int index))
                    {
                        index = nodes.Count;
                        nodeIndex[blank] = index;
                        nodes.Add(blank);
                    }
                    rowBlanks.Add(index);
                });
            }
            // Placeholder labels start with a control character no parsed label carries, so they never meet a real one.
            Term?[] signature = [.. rows[r].Select(t => BlankTerms.Rename(t, b => new BlankNode("\u0001" + local[b])))];
            if (!signatureIds.TryGetValue(signature, out int id))
            {
                id = signatureIds.Count;
                signatureIds[signature] = id;
            }
            signatures[r] = id;
            blanks[r] = [.. rowBlanks];
        }
        return new BlankRowSide(rows, signatures, blanks, nodes);
    }

    /// <summary>How many rows each node occurs in.</summary>
    public int[] Occurrences()
    {
        var counts = new int[Nodes.Count];
        foreach (int[] row in Blanks)
        {
            foreach (int node in row)
            {
                counts[node]++;
            }
        }
        return counts;
    }
}
