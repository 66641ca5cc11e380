namespace KnowledgeGraph.Extraction.Documents;

/// <summary>A 1-based line and column (in UTF-16 code units) of a source file, for messages.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";
}
