namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A basic graph pattern: the join of its triple patterns over the active graph. Empty = one empty solution.</summary>
/// <param name="Patterns">The triple patterns (the evaluator chooses their order).</param>
public sealed record BgpOp(IReadOnlyList<TriplePattern> Patterns) : AlgebraOp
{
    /// <summary>Creates a BGP from patterns.</summary>
    public BgpOp(params TriplePattern[] patterns)
        : this((IReadOnlyList<TriplePattern>)patterns)
    {
    }
}
