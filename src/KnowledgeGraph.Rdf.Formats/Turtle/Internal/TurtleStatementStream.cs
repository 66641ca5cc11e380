using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>Turns the unit-at-a-time <see cref="TurtleParser"/> into the lazy quad sequence readers return.</summary>
internal static class TurtleStatementStream
{
    public static IEnumerable<Quad> Read(Stream input, RdfReaderOptions options, bool isTrig)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return ReadStream(input, options, isTrig);
    }

    public static IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, bool isTrig)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return ReadText(input, options, isTrig);
    }

    private static IEnumerable<Quad> ReadStream(Stream input, RdfReaderOptions options, bool isTrig)
    {
        // The caller owns the stream; the reader only decodes it.
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
        foreach (Quad quad in ReadText(reader, options, isTrig))
        {
            yield return quad;
        }
    }

    private static IEnumerable<Quad> ReadText(TextReader input, RdfReaderOptions options, bool isTrig)
    {
        var parser = new TurtleParser(input, options, isTrig);
        var buffer = new List<Quad>();
        while (parser.ParseNext(buffer))
        {
            foreach (Quad quad in buffer)
            {
                yield return quad;
            }
            buffer.Clear();
        }
    }
}
