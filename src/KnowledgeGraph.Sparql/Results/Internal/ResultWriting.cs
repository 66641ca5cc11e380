namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>The one way every writer turns a whole result set into a SELECT or an ASK write.</summary>
internal static class ResultWriting
{
    public static void Write(ISparqlResultWriter writer, SparqlResultSet results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Boolean is bool answer)
        {
            writer.WriteBoolean(answer, output);
        }
        else
        {
            writer.WriteSelect(results.Variables, results.Solutions, output);
        }
    }
}
