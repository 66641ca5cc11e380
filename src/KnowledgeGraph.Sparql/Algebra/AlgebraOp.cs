namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// An operator of the SPARQL 1.1 algebra (section 18). Operators are immutable; rewrites build new trees.
/// <see cref="ToString"/> prints the operator in SSE (Jena-like S-expression) form.
/// </summary>
public abstract record AlgebraOp
{
    private protected AlgebraOp() { }

    /// <summary>The operator in SSE form (see <see cref="SseWriter"/>).</summary>
    public sealed override string ToString() => SseWriter.Write(this);
}
