using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A streaming reader for one RDF syntax: statements are yielded as they are parsed, so memory does not grow with the
/// input. Triple formats yield quads in the default graph.
/// </summary>
public interface IRdfReader
{
    /// <summary>Reads UTF-8 input (a byte order mark is skipped).</summary>
    /// <exception cref="RdfSyntaxException">In strict mode, at the first syntax error.</exception>
    IEnumerable<Quad> Read(Stream input, RdfReaderOptions options);

    /// <summary>Reads text input.</summary>
    /// <exception cref="RdfSyntaxException">In strict mode, at the first syntax error.</exception>
    IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options);
}
