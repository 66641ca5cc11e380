using KnowledgeGraph.Rdf.Formats.NTriples.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// Reads N-Quads (<see href="https://www.w3.org/TR/n-quads/"/>): N-Triples with an optional graph label (IRI or blank node) before the final <c>.</c>, including the RDF 1.2 additions (triple terms
/// <c>&lt;&lt;( s p o )&gt;&gt;</c> as objects, base directions <c>@lang--ltr</c>). Statements stream as they are parsed,
/// straight from UTF-8 bytes; a statement without a graph label is in the default graph. IRIs must be absolute, so
/// <see cref="RdfReaderOptions.BaseIri"/> is not used. Error columns count characters (Unicode code points).
/// </summary>
public sealed class NQuadsReader : IRdfReader
{
    /// <inheritdoc/>
    /// <remarks>The stream is read lazily, once, and not disposed; the result can be enumerated once.</remarks>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new NTriplesParser(input, options, allowGraph: true);
    }

    /// <inheritdoc/>
    /// <remarks>The text is encoded to UTF-8 and parsed like a stream; the reader is not disposed.</remarks>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new NTriplesParser(new TextReaderUtf8Stream(input), options, allowGraph: true);
    }
}
