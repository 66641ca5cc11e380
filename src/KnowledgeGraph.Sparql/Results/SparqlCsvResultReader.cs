using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 Query Results CSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#csv"/>). CSV does not
/// say what kind of term a value was, so, as the specification notes, the reading is a guess: an empty unquoted field
/// is unbound, <c>_:label</c> (with a label N-Triples allows) a blank node, a value that parses as an absolute IRI (a scheme, a colon, no spaces) an
/// IRI, and anything else a simple literal. Compare such results with
/// <see cref="SparqlResultComparer.CompareAsCsv"/>, which looks only at what CSV keeps. Errors carry line and column.
/// </summary>
public sealed class SparqlCsvResultReader : ISparqlResultReader
{
    internal const string FormatName = "SPARQL Results CSV";

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
        var records = new CsvRecordReader(input.ReadToEnd(), FormatName);
        List<CsvField> header = records.Next()
            ?? throw new SparqlResultsFormatException(FormatName, 1, 1, "The document is empty: expected a header of variables.");
        var variables = new List<string>();
        if (header is not [{ Text.Length: 0, Quoted: false }])
        {
            foreach (CsvField field in header)
            {
                string name = field.Text.Trim();
                if (name.Length == 0 || variables.Contains(name))
                {
                    throw new SparqlResultsFormatException(FormatName, field.Line, field.Column, $"Expected a distinct variable name, found '{field.Text}'.");
                }
                variables.Add(name);
            }
        }
        var solutions = new List<QuerySolution>();
        while (records.Next() is List<CsvField> record)
        {
            if (variables.Count == 0 && record is [{ Text.Length: 0, Quoted: false }])
            {
                solutions.Add(new QuerySolution([]));
                continue;
            }
            if (record.Count != variables.Count)
            {
                throw new SparqlResultsFormatException(FormatName, record[0].Line, 1, $"Expected {variables.Count} fields, found {record.Count}.");
            }
            var bindings = new KeyValuePair<string, Term?>[record.Count];
            for (int i = 0; i < record.Count; i++)
            {
                bindings[i] = new(variables[i], GuessTerm(record[i]));
            }
            solutions.Add(new QuerySolution(bindings));
        }
        return SparqlResultSet.ForSelect(variables, solutions);
    }

    /// <summary>The term a CSV value most likely stood for (see the class remarks).</summary>
    internal static Term? GuessTerm(CsvField field)
    {
        string text = field.Text;
        if (text.Length == 0)
        {
            return field.Quoted ? Literal.Simple("") : null;
        }
        if (text.StartsWith("_:", StringComparison.Ordinal) && IsBlankLabel(text.AsSpan(2)))
        {
            return new BlankNode(text[2..]);
        }
        if (LooksLikeIri(text) && ResultTermFactory.MakeIri(text, out _) is Iri iri)
        {
            return iri;
        }
        return Literal.Simple(text);
    }

    /// <summary>Whether the text is an N-Triples blank node label (letters, digits, <c>_ - .</c>, not ending in a dot).</summary>
    private static bool IsBlankLabel(ReadOnlySpan<char> label)
    {
        if (label.Length == 0 || label[^1] == '.' || label[0] is '-' or '.')
        {
            return false;
        }
        foreach (char c in label)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '\u00B7'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool LooksLikeIri(string text)
    {
        int colon = text.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }
        for (int i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }
        return !text.Any(char.IsWhiteSpace);
    }
}
