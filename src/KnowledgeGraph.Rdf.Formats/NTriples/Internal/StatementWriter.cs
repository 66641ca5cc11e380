using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>The writing shared by the N-Triples and N-Quads writers: streaming, or canonical (sorted, distinct).</summary>
internal static class StatementWriter
{
    private const int FlushThreshold = 8192;

    /// <summary>Writes the statements and flushes the output.</summary>
    public static void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options, bool allowGraphs)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var formatter = new StatementFormatter(options.Canonical);
        if (options.Canonical)
        {
            WriteCanonical(quads, output, formatter, allowGraphs);
        }
        else
        {
            foreach (Quad quad in quads)
            {
                CheckGraph(quad, allowGraphs);
                formatter.AppendStatement(quad);
                formatter.AppendLineBreak();
                if (formatter.Length >= FlushThreshold)
                {
                    formatter.WriteTo(output);
                }
            }
            formatter.WriteTo(output);
        }
        output.Flush();
    }

    /// <summary>
    /// Collects the statements as UTF-8, whose byte order is code point order (UTF-16 code unit order is not) and which
    /// takes half the memory of strings for mostly ASCII text; then sorts, drops duplicates and writes them.
    /// </summary>
    private static void WriteCanonical(IEnumerable<Quad> quads, TextWriter output, StatementFormatter formatter, bool allowGraphs)
    {
        var lines = new List<byte[]>();
        foreach (Quad quad in quads)
        {
            CheckGraph(quad, allowGraphs);
            formatter.Clear();
            formatter.AppendStatement(quad);
            byte[] line = new byte[Encoding.UTF8.GetByteCount(formatter.Written)];
            Encoding.UTF8.GetBytes(formatter.Written, line);
            lines.Add(line);
        }
        lines.Sort(static (a, b) => a.AsSpan().SequenceCompareTo(b));
        byte[]? previous = null;
        char[] chars = new char[256];
        foreach (byte[] line in lines)
        {
            if (previous is not null && line.AsSpan().SequenceEqual(previous))
            {
                continue;
            }
            previous = line;
            int length = Encoding.UTF8.GetMaxCharCount(line.Length);
            if (length > chars.Length)
            {
                chars = new char[Math.Max(length, chars.Length * 2)];
            }
            int count = Encoding.UTF8.GetChars(line, chars);
            output.Write(chars, 0, count);
            output.Write('\n');
        }
    }

    private static void CheckGraph(in Quad quad, bool allowGraphs)
    {
        if (!allowGraphs && quad.Graph is not null)
        {
            throw new InvalidOperationException(
                $"N-Triples cannot hold a quad in the named graph {quad.Graph}; write N-Quads or TriG instead, or select the default graph.");
        }
    }
}
