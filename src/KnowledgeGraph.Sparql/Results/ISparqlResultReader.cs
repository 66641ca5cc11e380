namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads one SPARQL results format into a <see cref="SparqlResultSet"/>.</summary>
public interface ISparqlResultReader
{
    /// <summary>Reads UTF-8 input (a byte order mark is skipped).</summary>
    /// <exception cref="SparqlResultsFormatException">The document is malformed.</exception>
    SparqlResultSet Read(Stream input);

    /// <summary>Reads text input.</summary>
    /// <exception cref="SparqlResultsFormatException">The document is malformed.</exception>
    SparqlResultSet Read(TextReader input);
}
