namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Splits TSV text into lines: LF or CRLF ends a line, a final line ending does not start another line, and a byte
/// order mark is dropped.
/// </summary>
internal static class ResultLines
{
    public static List<string> Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..].TrimEnd('\r'));
                break;
            }
            int contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(text[start..contentEnd]);
            start = end + 1;
        }
        return lines;
    }
}
