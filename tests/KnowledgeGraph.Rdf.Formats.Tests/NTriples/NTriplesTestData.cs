using System.Text;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.NTriples;

/// <summary>Helpers shared by the N-Triples and N-Quads tests.</summary>
internal static class NTriplesTestData
{
    public static List<Quad> ReadNTriples(string text, RdfReaderOptions? options = null) =>
        new NTriplesReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? RdfReaderOptions.Default).ToList();

    public static RdfSyntaxError ReadNTriplesError(string text)
    {
        var exception = Assert.Throws<RdfSyntaxException>(() => ReadNTriples(text));
        return exception.Error;
    }

    public static string Write(IRdfWriter writer, IEnumerable<Quad> quads, bool canonical = false)
    {
        var output = new StringWriter();
        writer.Write(quads, output, new RdfWriterOptions { Canonical = canonical });
        return output.ToString();
    }

    public static Iri Iri(string value) => new(value);

    public static Quad Triple(Term subject, string predicate, Term obj) => new(subject, new Iri(predicate), obj, null);

    /// <summary>A stream that hands out its bytes a few at a time, as network and decompression streams do.</summary>
    public sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
