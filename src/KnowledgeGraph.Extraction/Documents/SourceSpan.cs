namespace KnowledgeGraph.Extraction.Documents;

/// <summary>
/// A half-open range <c>[Start, End)</c> of the source file's text, counted in UTF-16 code units from the start of
/// the decoded text (a byte order mark is not counted). The RDF output converts these to Unicode code points, the
/// unit of the W3C Web Annotation <c>TextPositionSelector</c>; see <see cref="SourceText.ToCodePointOffset"/>.
/// </summary>
/// <param name="Start">The first code unit.</param>
/// <param name="End">One past the last code unit.</param>
public readonly record struct SourceSpan(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The smallest span covering both.</summary>
    public SourceSpan Union(SourceSpan other) =>
        IsEmpty ? other : other.IsEmpty ? this : new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc/>
    public override string ToString() => $"[{Start},{End})";
}
