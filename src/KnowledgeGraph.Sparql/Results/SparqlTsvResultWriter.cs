using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results TSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv"/>): a header
/// of <c>?name</c>s, then one line per solution with each term in N-Triples form (tabs and newlines escaped), numbers
/// and booleans in Turtle shorthand when that reads back as the same literal, and an empty field for unbound.
/// TSV has no boolean form.
/// </summary>
public sealed class SparqlTsvResultWriter : ISparqlResultWriter
{
    /// <inheritdoc/>
    public void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join('\t', variables.Select(v => "?" + v)));
        output.Write('\n');
        var line = new StringBuilder();
        foreach (QuerySolution solution in solutions)
        {
            line.Clear();
            for (int i = 0; i < variables.Count; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }
                if (solution[variables[i]] is Term term)
                {
                    AppendTerm(line, term);
                }
            }
            line.Append('\n');
            output.Write(line);
        }
        output.Flush();
    }

    /// <inheritdoc/>
    public void Write(SparqlResultSet results, TextWriter output) => ResultWriting.Write(this, results, output);

    /// <inheritdoc/>
    public void WriteBoolean(bool answer, TextWriter output) =>
        throw new NotSupportedException("SPARQL Results TSV has no form for ASK results; use JSON or XML.");

    internal static void AppendTerm(StringBuilder builder, Term term)
    {
        if (term is Literal literal && TurtleNumbers.CanAbbreviate(literal))
        {
            builder.Append(literal.LexicalForm);
        }
        else
        {
            NTriplesTermFormatter.Append(builder, term);
        }
    }
}
