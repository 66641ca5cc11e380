namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes one SPARQL results format. SELECT results are streamed: solutions are written as they are enumerated and
/// never collected, so the writer's memory does not grow with the number of rows.
/// </summary>
public interface ISparqlResultWriter
{
    /// <summary>Writes a SELECT result and flushes the writer.</summary>
    /// <param name="variables">The projected variables, without <c>?</c>, in order.</param>
    /// <param name="solutions">The solutions; enumerated once.</param>
    /// <param name="output">Where to write.</param>
    void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output);

    /// <summary>Writes an ASK result and flushes the writer.</summary>
    /// <exception cref="NotSupportedException">The format has no boolean form (CSV, TSV).</exception>
    void WriteBoolean(bool answer, TextWriter output);

    /// <summary>Writes a whole result set, SELECT or ASK.</summary>
    /// <exception cref="NotSupportedException">An ASK result in a format without a boolean form.</exception>
    void Write(SparqlResultSet results, TextWriter output);
}
