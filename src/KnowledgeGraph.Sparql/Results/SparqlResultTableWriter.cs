using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes results as a fixed-width text table for terminals (the default output of <c>kg query</c>): a boxed header
/// of variables, one line per solution with terms in short Turtle-like form (prefixed names when prefixes are given,
/// bare numbers, line breaks escaped), values wider than <see cref="SparqlResultTableOptions.MaxColumnWidth"/> cut
/// with an ellipsis, and a row count footer. ASK results are written as <c>true</c> or <c>false</c>. Column widths
/// need every row, so unlike the other writers this one holds the (already shortened) cells in memory.
/// </summary>
public sealed class SparqlResultTableWriter : ISparqlResultWriter
{
    private const char Ellipsis = '\u2026';

    private readonly SparqlResultTableOptions _options;
    private readonly TableCellFormatter _cells;

    /// <summary>Creates a table writer with the given options, or the defaults.</summary>
    public SparqlResultTableWriter(SparqlResultTableOptions? options = null)
    {
        _options = options ?? new SparqlResultTableOptions();
        if (_options.MaxColumnWidth < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxColumnWidth must be at least 4.");
        }
        _cells = new TableCellFormatter(_options.Prefixes);
    }

    /// <inheritdoc/>
    public void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(output);
        string[] header = [.. variables.Select(v => Shorten("?" + v))];
        int[] widths = [.. header.Select(h => h.Length)];
        var rows = new List<string[]>();
        foreach (QuerySolution solution in solutions)
        {
            var row = new string[variables.Count];
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = solution[variables[c]] is Term term ? Shorten(_cells.Format(term)) : "";
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
            rows.Add(row);
        }
        if (variables.Count > 0)
        {
            string rule = "+" + string.Concat(widths.Select(w => new string('-', w + 2) + "+"));
            output.WriteLine(rule);
            WriteLine(output, header, widths);
            output.WriteLine(rule);
            foreach (string[] row in rows)
            {
                WriteLine(output, row, widths);
            }
            output.WriteLine(rule);
        }
        output.WriteLine(rows.Count == 1 ? "1 row" : string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows"));
        output.Flush();
    }

    /// <inheritdoc/>
    public void Write(SparqlResultSet results, TextWriter output) => ResultWriting.Write(this, results, output);

    /// <inheritdoc/>
    public void WriteBoolean(bool answer, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(answer ? "true" : "false");
        output.Flush();
    }

    private static void WriteLine(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder("|");
        for (int c = 0; c < cells.Length; c++)
        {
            line.Append(' ').Append(cells[c]).Append(' ', widths[c] - cells[c].Length + 1).Append('|');
        }
        output.WriteLine(line.ToString());
    }

    /// <summary>Cuts a value to the column limit, ending with an ellipsis, without splitting a surrogate pair.</summary>
    private string Shorten(string value)
    {
        int max = _options.MaxColumnWidth;
        if (value.Length <= max)
        {
            return value;
        }
        int keep = max - 1;
        if (char.IsHighSurrogate(value[keep - 1]))
        {
            keep--;
        }
        return string.Concat(value.AsSpan(0, keep), Ellipsis.ToString());
    }
}
