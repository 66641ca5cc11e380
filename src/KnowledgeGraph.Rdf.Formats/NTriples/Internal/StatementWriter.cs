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

    private static void WriteCanonical(IEnumerable<Quad> quads, TextWriter output, StatementFormatter formatter, bool allowGraphs)
    {
        var lines = new List<string>();
        foreach (Quad quad in quads)
        {
            CheckGraph(quad, allowGraphs);
            formatter.Clear();
            formatter.AppendStatement(quad);
            lines.Add(new string(formatter.Written));
        }
        lines.Sort(CodePointComparer.Instance);
        string? previous = null;
        foreach (string line in lines)
        {
            if (!string.Equals(line, previous, StringComparison.Ordinal))
            {
                output.Write(line);
                output.Write('\n');
                previous = line;
            }
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
