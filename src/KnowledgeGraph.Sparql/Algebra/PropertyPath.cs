namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path expression (section 9; algebra in 18.1.7).</summary>
public abstract record PropertyPath
{
    private protected PropertyPath() { }

    /// <summary>The path in SSE form.</summary>
    public sealed override string ToString() => SseWriter.WritePath(this);
}
