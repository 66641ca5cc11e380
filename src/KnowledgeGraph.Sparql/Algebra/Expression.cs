namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A SPARQL expression in the algebra.</summary>
public abstract record Expression
{
    private protected Expression() { }

    /// <summary>The expression in SSE form.</summary>
    public sealed override string ToString() => SseWriter.WriteExpression(this);
}
