using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// One side's rows that mention blank nodes, prepared for matching. Each row gets a signature: the row with its blank
/// nodes replaced by row-local placeholders, numbered in order of first occurrence and marked private (the node occurs
/// in no other row) or shared. Signatures are ids common to both sides. A bijection preserves how many rows a node
/// occurs in, so private nodes only ever map to private nodes and need no search: only shared ones do.
/// </summary>
internal sealed class BlankRowSide
{
    private BlankRowSide(List<Term?[]> rows, int[] signatures, int[][] blanks, int[][] shared, List<BlankNode> nodes)
    {
        Rows = rows;
        Signatures = signatures;
        Blanks = blanks;
        Shared = shared;
        Nodes = nodes;
    }

    public List<Term?[]> Rows { get; }

    /// <summary>Per row, its signature id.</summary>
    public int[] Signatures { get; }

    /// <summary>Per row, the node index of each placeholder, in placeholder order.</summary>
    public int[][] Blanks { get; }

    /// <summary>Per row, the node indices of its shared placeholders only, in placeholder order.</summary>
    public int[][] Shared { get; }

    public List<BlankNode> Nodes { get; }

    public static BlankRowSide Build(List<Term?[]> rows, Dictionary<Term?[], int> signatureIds)
    {
        var nodeIndex = new Dictionary<BlankNode, int>();
        var nodes = new List<BlankNode>();
        var blanks = new int[rows.Count][];
        var rowBlanks = new List<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            rowBlanks.Clear();
            foreach (Term? term in rows[r])
            {
                BlankTerms.Visit(term, blank =>
                {
                    if (!nodeIndex.TryGetValue(blank, out int index))
                    {
                        index = nodes.Count;
                        nodeIndex[blank] = index;
                        nodes.Add(blank);
                    }
                    if (!rowBlanks.Contains(index))
                    {
                        rowBlanks.Add(index);
                    }
                });
            }
            blanks[r] = [.. rowBlanks];
        }

        var occurrences = new int[nodes.Count];
        foreach (int[] row in blanks)
        {
            foreach (int node in row)
            {
                occurrences[node]++;
            }
        }

        var signatures = new int[rows.Count];
        var shared = new int[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            int[] row = blanks[r];
            // Placeholder labels start with a control character no parsed label carries, so they never meet a real one.
            Term?[] signature = [.. rows[r].Select(t => BlankTerms.Rename(t, b =>
            {
                int node = nodeIndex[b];
                return new BlankNode((occurrences[node] == 1 ? "\u0001p" : "\u0001s") + Array.IndexOf(row, node));
            }))];
            if (!signatureIds.TryGetValue(signature, out int id))
            {
                id = signatureIds.Count;
                signatureIds[signature] = id;
            }
            signatures[r] = id;
            shared[r] = [.. row.Where(n => occurrences[n] > 1)];
        }
        return new BlankRowSide(rows, signatures, blanks, shared, nodes);
    }

    /// <summary>Whether every blank node of the row occurs in no other row.</summary>
    public bool IsIsolated(int row) => Shared[row].Length == 0;
}
