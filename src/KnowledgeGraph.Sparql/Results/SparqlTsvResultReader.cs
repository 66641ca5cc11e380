using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 Query Results TSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv"/>): a header of
/// <c>?name</c>s (<c>$name</c> is accepted too), then one line per solution whose fields are RDF terms in N-Triples or
/// Turtle-shorthand form, an empty field being unbound. TSV keeps the terms' kinds, datatypes and language tags.
/// Errors carry the line and column.
/// </summary>
public sealed class SparqlTsvResultReader : ISparqlResultReader
{
    internal const string FormatName = "SPARQL Results TSV";

    /// <inheritdoc/>
    public SparqlResultSet Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader);
    }

    /// <inheritdoc/>
    public SparqlResultSet Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<string> lines = ResultLines.Split(input.ReadToEnd());
        if (lines.Count == 0)
        {
            throw new SparqlResultsFormatException(FormatName, 1, 1, "The document is empty: expected a header of variables.");
        }
        List<string> variables = ReadHeader(lines[0]);
        var solutions = new List<QuerySolution>(lines.Count - 1);
        for (int i = 1; i < lines.Count; i++)
        {
            solutions.Add(ReadRow(lines[i], i + 1, variables));
        }
        return SparqlResultSet.ForSelect(variables, solutions);
    }

    private static List<string> ReadHeader(string header)
    {
        var variables = new List<string>();
        if (header.Length == 0)
        {
            return variables;
        }
        int column = 1;
        foreach (string field in header.Split('\t'))
        {
            string name = field.Trim();
            if (name.Length < 2 || name[0] is not ('?' or '$'))
            {
                throw new SparqlResultsFormatException(FormatName, 1, column, $"Expected a variable such as ?x in the header, found '{field}'.");
            }
            if (variables.Contains(name[1..]))
            {
                throw new SparqlResultsFormatException(FormatName, 1, column, $"The variable '{name}' is listed twice.");
            }
            variables.Add(name[1..]);
            column += field.Length + 1;
        }
        return variables;
    }

    private static QuerySolution ReadRow(string line, int lineNumber, List<string> variables)
    {
        string[] fields = variables.Count == 0 && line.Length == 0 ? [] : line.Split('\t');
        if (fields.Length != variables.Count)
        {
            throw new SparqlResultsFormatException(
                FormatName, lineNumber, 1, $"Expected {variables.Count} tab-separated fields, found {fields.Length}.");
        }
        var bindings = new KeyValuePair<string, Term?>[fields.Length];
        int column = 1;
        for (int i = 0; i < fields.Length; i++)
        {
            string field = fields[i];
            Term? term = null;
            if (field.Trim(' ').Length > 0)
            {
                term = TsvTermParser.Parse(field, out string? error, out int offset)
                    ?? throw new SparqlResultsFormatException(FormatName, lineNumber, column + offset, $"Bad value for ?{variables[i]}: {error}");
            }
            bindings[i] = new(variables[i], term);
            column += field.Length + 1;
        }
        return new QuerySolution(bindings);
    }
}
