using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>Equality of rows (terms by column, null for unbound) by RDF term equality, for multiset counting.</summary>
internal sealed class RowEquality : IEqualityComparer<Term?[]>
{
    public static RowEquality Instance { get; } = new();

    public bool Equals(Term?[]? x, Term?[]? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }
        for (int i = 0; i < x.Length; i++)
        {
            if (!Equals(x[i], y[i]))
            {
                return false;
            }
        }
        return true;
    }

    public int GetHashCode(Term?[] row)
    {
        var hash = new HashCode();
        foreach (Term? term in row)
        {
            hash.Add(term);
        }
        return hash.ToHashCode();
    }
}
