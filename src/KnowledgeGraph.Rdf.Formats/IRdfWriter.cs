using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A writer for one RDF syntax. Triple formats reject quads outside the default graph with
/// <see cref="InvalidOperationException"/> rather than silently dropping them.
/// </summary>
public interface IRdfWriter
{
    /// <summary>Writes the statements as text and flushes the writer.</summary>
    void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options);
}
