using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An inline table (VALUES, or the unit/empty tables of the translation). A null cell is UNDEF.</summary>
/// <param name="Variables">The column variables.</param>
/// <param name="Rows">The rows, one cell per variable.</param>
public sealed record TableOp(IReadOnlyList<string> Variables, IReadOnlyList<IReadOnlyList<Term?>> Rows) : AlgebraOp
{
    /// <summary>The table with one empty solution (the identity of join).</summary>
    public static TableOp Unit { get; } = new([], [Array.Empty<Term?>()]);

    /// <summary>The table with no solutions.</summary>
    public static TableOp Empty { get; } = new([], []);
}
