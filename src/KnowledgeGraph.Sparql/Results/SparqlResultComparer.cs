using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Compares actual query results with expected ones as the SPARQL test suites require
/// (<see href="https://www.w3.org/2009/sparql/docs/tests/README.html"/>): the same variables (as a set), the same
/// multiset of solutions where blank nodes correspond through one bijection across all rows, and, when the query has
/// ORDER BY, the same order. Terms are compared by RDF term equality, so <c>"01"^^xsd:integer</c> differs from
/// <c>"1"^^xsd:integer</c>, as the tests expect exact lexical forms. The first difference is described in words.
/// </summary>
public static class SparqlResultComparer
{
    /// <summary>Compares two result sets.</summary>
    /// <param name="actual">What the engine produced.</param>
    /// <param name="expected">What the test expects.</param>
    /// <param name="ordered">Whether rows must also appear in the same order (queries with ORDER BY).</param>
    public static SparqlResultComparison Compare(SparqlResultSet actual, SparqlResultSet expected, bool ordered = false) =>
        Compare(actual, expected, ordered, static term => term);

    /// <summary>
    /// Compares results with an expectation read from CSV, which keeps only each value's text: IRIs, literals (whatever
    /// their datatype or language) and their text are equal when the strings are; blank nodes still correspond through a
    /// bijection; an empty string and an unbound value are the same.
    /// </summary>
    /// <param name="actual">What the engine produced.</param>
    /// <param name="expected">The expectation, typically read by <see cref="SparqlCsvResultReader"/>.</param>
    /// <param name="ordered">Whether rows must also appear in the same order.</param>
    public static SparqlResultComparison CompareAsCsv(SparqlResultSet actual, SparqlResultSet expected, bool ordered = false) =>
        Compare(actual, expected, ordered, CsvValue);

    private static Term? CsvValue(Term? term) => term switch
    {
        null or BlankNode => term,
        Literal { LexicalForm.Length: 0 } => null,
        _ => Literal.Simple(SparqlCsvResultWriter.ValueOf(term)),
    };

    private static SparqlResultComparison Compare(SparqlResultSet actual, SparqlResultSet expected, bool ordered, Func<Term?, Term?> normalize)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        if (actual.IsBoolean || expected.IsBoolean)
        {
            return actual.Boolean == expected.Boolean
                ? SparqlResultComparison.Equal(new Dictionary<BlankNode, BlankNode>())
                : SparqlResultComparison.Different($"The actual result is {Describe(actual)}, the expected {Describe(expected)}.");
        }
        var actualVariables = new SortedSet<string>(actual.Variables, StringComparer.Ordinal);
        var expectedVariables = new SortedSet<string>(expected.Variables, StringComparer.Ordinal);
        if (!actualVariables.SetEquals(expectedVariables))
        {
            return SparqlResultComparison.Different(
                $"The actual results have the variables {Names(actualVariables)}, the expected {Names(expectedVariables)}.");
        }
        if (actual.Solutions.Count != expected.Solutions.Count)
        {
            return SparqlResultComparison.Different(
                $"The actual results have {actual.Solutions.Count} rows, the expected {expected.Solutions.Count}."
                + FirstGroundDifference(actual, expected, normalize));
        }
        string[] columns = Columns(actual, expected);
        List<Term?[]> actualRows = Rows(actual, columns, normalize);
        List<Term?[]> expectedRows = Rows(expected, columns, normalize);
        string Show(Term?[] row) => DescribeRow(row, columns);
        return ordered
            ? CompareInOrder(actualRows, expectedRows, Show)
            : CompareAsMultisets(actualRows, expectedRows, Show);
    }

    private static SparqlResultComparison CompareInOrder(List<Term?[]> actual, List<Term?[]> expected, Func<Term?[], string> show)
    {
        var forward = new Dictionary<BlankNode, BlankNode>();
        var backward = new Dictionary<BlankNode, BlankNode>();
        for (int r = 0; r < actual.Count; r++)
        {
            for (int c = 0; c < actual[r].Length; c++)
            {
                if (!Corresponds(actual[r][c], expected[r][c], forward, backward))
                {
                    return SparqlResultComparison.Different(
                        $"Row {r + 1} differs: the actual row is {show(actual[r])}, the expected {show(expected[r])}"
                        + (!actual[r].Any(BlankTerms.Mentions) && expected.Any(e => RowEquality.Instance.Equals(e, actual[r]))
                            ? " (the row is expected elsewhere: the order differs)."
                            : "."));
                }
            }
        }
        return SparqlResultComparison.Equal(forward);
    }

    /// <summary>Whether two terms are equal once blank nodes are renamed consistently with the mapping so far (extended as needed).</summary>
    private static bool Corresponds(Term? a, Term? b, Dictionary<BlankNode, BlankNode> forward, Dictionary<BlankNode, BlankNode> backward)
    {
        switch (a, b)
        {
            case (BlankNode x, BlankNode y):
                if (forward.TryGetValue(x, out BlankNode? image))
                {
                    return image.Equals(y);
                }
                if (backward.ContainsKey(y))
                {
                    return false;
                }
                forward[x] = y;
                backward[y] = x;
                return true;
            case (TripleTerm x, TripleTerm y):
                return x.Triple.Predicate.Equals(y.Triple.Predicate)
                    && Corresponds(x.Triple.Subject, y.Triple.Subject, forward, backward)
                    && Corresponds(x.Triple.Object, y.Triple.Object, forward, backward);
            default:
                return Equals(a, b);
        }
    }

    private static SparqlResultComparison CompareAsMultisets(List<Term?[]> actual, List<Term?[]> expected, Func<Term?[], string> show)
    {
        var groundBalance = new Dictionary<Term?[], int>(RowEquality.Instance);
        var blankActual = new List<Term?[]>();
        var blankExpected = new List<Term?[]>();
        foreach (Term?[] row in expected)
        {
            if (row.Any(BlankTerms.Mentions))
            {
                blankExpected.Add(row);
            }
            else
            {
                groundBalance[row] = groundBalance.GetValueOrDefault(row) + 1;
            }
        }
        foreach (Term?[] row in actual)
        {
            if (row.Any(BlankTerms.Mentions))
            {
                blankActual.Add(row);
            }
            else
            {
                groundBalance[row] = groundBalance.GetValueOrDefault(row) - 1;
            }
        }
        string? difference = GroundDifference(actual, expected, groundBalance, show);
        if (difference is not null)
        {
            return SparqlResultComparison.Different(difference);
        }
        if (blankActual.Count != blankExpected.Count)
        {
            return SparqlResultComparison.Different(
                $"The actual results have {blankActual.Count} rows with blank nodes, the expected {blankExpected.Count}.");
        }
        Dictionary<BlankNode, BlankNode>? mapping = BlankRowMatcher.Match(blankActual, blankExpected, show, out string? reason);
        return mapping is null ? SparqlResultComparison.Different(reason!) : SparqlResultComparison.Equal(mapping);
    }

    private static string? GroundDifference(List<Term?[]> actual, List<Term?[]> expected, Dictionary<Term?[], int> balance, Func<Term?[], string> show)
    {
        var parts = new List<string>();
        Term?[]? missing = expected.FirstOrDefault(row => balance.TryGetValue(row, out int count) && count > 0);
        if (missing is not null)
        {
            parts.Add($"Expected row {show(missing)} is missing from the actual results{Times(balance[missing])}.");
        }
        Term?[]? extra = actual.FirstOrDefault(row => balance.TryGetValue(row, out int count) && count < 0);
        if (extra is not null)
        {
            parts.Add($"Actual row {show(extra)} is not among the expected results{Times(-balance[extra])}.");
        }
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string Times(int count) => count == 1 ? "" : $" ({count} times)";

    /// <summary>A hint at the first differing row when the counts already differ, for a more useful message.</summary>
    private static string FirstGroundDifference(SparqlResultSet actual, SparqlResultSet expected, Func<Term?, Term?> normalize)
    {
        string[] columns = Columns(actual, expected);
        List<Term?[]> actualRows = Rows(actual, columns, normalize), expectedRows = Rows(expected, columns, normalize);
        var balance = new Dictionary<Term?[], int>(RowEquality.Instance);
        foreach (Term?[] row in expectedRows.Where(r => !r.Any(BlankTerms.Mentions)))
        {
            balance[row] = balance.GetValueOrDefault(row) + 1;
        }
        foreach (Term?[] row in actualRows.Where(r => !r.Any(BlankTerms.Mentions)))
        {
            balance[row] = balance.GetValueOrDefault(row) - 1;
        }
        string? difference = GroundDifference(actualRows, expectedRows, balance, row => DescribeRow(row, columns));
        return difference is null ? "" : " " + difference;
    }

    private static string[] Columns(SparqlResultSet actual, SparqlResultSet expected)
    {
        var names = new SortedSet<string>(actual.Variables, StringComparer.Ordinal);
        names.UnionWith(expected.Variables);
        foreach (QuerySolution solution in actual.Solutions.Concat(expected.Solutions))
        {
            foreach (string name in solution.Bindings.Keys)
            {
                names.Add(name);
            }
        }
        return [.. names];
    }

    private static List<Term?[]> Rows(SparqlResultSet results, string[] columns, Func<Term?, Term?> normalize)
    {
        var rows = new List<Term?[]>(results.Solutions.Count);
        foreach (QuerySolution solution in results.Solutions)
        {
            var row = new Term?[columns.Length];
            for (int c = 0; c < columns.Length; c++)
            {
                row[c] = normalize(solution[columns[c]]);
            }
            rows.Add(row);
        }
        return rows;
    }

    private static string DescribeRow(Term?[] row, string[] columns)
    {
        var text = new StringBuilder("{");
        for (int c = 0; c < columns.Length; c++)
        {
            if (row[c] is Term term)
            {
                text.Append(" ?").Append(columns[c]).Append('=').Append(term);
            }
        }
        return text.Append(" }").ToString();
    }

    private static string Describe(SparqlResultSet results) =>
        results.Boolean is bool answer ? (answer ? "true" : "false") : $"a SELECT result with {results.Solutions.Count} rows";

    private static string Names(IEnumerable<string> variables) =>
        variables.Any() ? string.Join(" ", variables.Select(v => "?" + v)) : "(none)";
}
