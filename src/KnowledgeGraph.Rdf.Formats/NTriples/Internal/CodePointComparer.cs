namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>
/// Orders strings by Unicode code point, as canonical N-Triples requires. Ordinal comparison orders UTF-16 code units,
/// which puts supplementary characters (surrogates, U+D800–U+DFFF) before U+E000–U+FFFF; this comparer corrects that.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    /// <summary>The one instance (the comparer has no state).</summary>
    public static readonly CodePointComparer Instance = new();

    private CodePointComparer() { }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        ReadOnlySpan<char> a = x;
        ReadOnlySpan<char> b = y;
        int common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length - b.Length;
        }
        return Fix(a[common]) - Fix(b[common]);
    }

    /// <summary>Moves surrogates above U+E000–U+FFFF so that code unit order becomes code point order.</summary>
    private static int Fix(char c) => c >= 0xD800 ? (c >= 0xE000 ? c - 0x800 : c + 0x2000) : c;
}
