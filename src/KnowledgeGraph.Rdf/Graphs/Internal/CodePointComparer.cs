namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Plain ordinal (UTF-16) order differs only where a
/// surrogate pair meets a code unit in U+E000..U+FFFF, so those code units are shifted before comparing.
/// </summary>
internal sealed class CodePointComparer : IComparer<string>
{
    public static readonly CodePointComparer Instance = new();

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
        int length = Math.Min(x.Length, y.Length);
        for (int i = 0; i < length; i++)
        {
            char a = x[i], b = y[i];
            if (a != b)
            {
                return Fix(a) - Fix(b);
            }
        }
        return x.Length - y.Length;
    }

    private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
