using KnowledgeGraph.Rdf.Formats.NTriples.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.NTriples;

/// <summary>
/// Reads N-Triples (<see href="https://www.w3.org/TR/n-triples/"/>), including the RDF 1.2 additions (triple terms
/// <c>&lt;&lt;( s p o )&gt;&gt;</c> as objects, base directions <c>@lang--ltr</c>). Statements stream as they are parsed,
/// straight from UTF-8 bytes; every quad is in the default graph. IRIs must be absolute, so
/// <see cref="RdfReaderOptions.BaseIri"/> is not used. Error columns count characters (Unicode code points).
/// </summary>
public sealed class NTriplesReader : IRdfReader
{
    /// <inheritdoc/>
    /// <remarks>The stream is read lazily, once, and not disposed; the result can be enumerated once.</remarks>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new NTriplesParser(input, options, allowGraph: false);
    }

    /// <inheritdoc/>
    /// <remarks>The text is encoded to UTF-8 and parsed like a stream; the reader is not disposed.</remarks>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new NTriplesParser(new TextReaderUtf8Stream(input), options, allowGraph: false);
    }
}
