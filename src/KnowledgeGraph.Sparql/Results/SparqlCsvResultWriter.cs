using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results CSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#csv"/>): a header
/// of variable names, then one CRLF-terminated line per solution. Values lose their kind: an IRI is its string, a
/// literal its lexical form (no language or datatype), a blank node <c>_:label</c>, unbound an empty field. Fields with
/// quotes, commas or line breaks are quoted. CSV has no boolean form.
/// </summary>
public sealed class SparqlCsvResultWriter : ISparqlResultWriter
{
    /// <inheritdoc/>
    public void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', variables));
        output.Write("\r\n");
        var line = new StringBuilder();
        foreach (QuerySolution solution in solutions)
        {
            line.Clear();
            for (int i = 0; i < variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }
                if (solution[variables[i]] is Term term)
                {
                    AppendField(line, ValueOf(term));
                }
            }
            line.Append("\r\n");
            output.Write(line);
        }
        output.Flush();
    }

    /// <inheritdoc/>
    public void Write(SparqlResultSet results, TextWriter output) => ResultWriting.Write(this, results, output);

    /// <inheritdoc/>
    public void WriteBoolean(bool answer, TextWriter output) =>
        throw new NotSupportedException("SPARQL Results CSV has no form for ASK results; use JSON or XML.");

    /// <summary>The text CSV keeps of a term.</summary>
    internal static string ValueOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        BlankNode blank => "_:" + blank.Label,
        _ => term.ToString(),
    };

    private static void AppendField(StringBuilder builder, string value)
    {
        // An empty string is quoted so that it stays distinct from an unbound value, which is an empty field.
        if (value.Length > 0 && value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            builder.Append(value);
            return;
        }
        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
