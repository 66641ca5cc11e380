using System.Diagnostics;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Results.ResultBuilders;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class SparqlResultComparerTests
{
    private static readonly string[] XY = ["x", "y"];

    [Fact]
    public void Results_equal_up_to_blank_node_labels_and_row_order_are_equal()
    {
        var actual = Select(XY, Row(("x", Blank("a")), ("y", Int(1))), Row(("x", Blank("b")), ("y", Int(2))), Row(("x", Iri("c"))));
        var expected = Select(XY, Row(("x", Iri("c"))), Row(("x", Blank("q")), ("y", Int(2))), Row(("x", Blank("p")), ("y", Int(1))));

        SparqlResultComparison comparison = SparqlResultComparer.Compare(actual, expected);

        Assert.True(comparison.AreEqual, comparison.Difference);
        Assert.Equal(Blank("p"), comparison.BlankNodeMapping[Blank("a")]);
        Assert.Equal(Blank("q"), comparison.BlankNodeMapping[Blank("b")]);
    }

    [Fact]
    public void A_blank_node_shared_by_two_rows_must_map_to_one_blank_node_shared_the_same_way()
    {
        var shared = Select(XY, Row(("x", Blank("a")), ("y", Int(1))), Row(("x", Blank("a")), ("y", Int(2))));
        var separate = Select(XY, Row(("x", Blank("b")), ("y", Int(1))), Row(("x", Blank("c")), ("y", Int(2))));

        Assert.False(SparqlResultComparer.Compare(shared, separate).AreEqual);
        Assert.False(SparqlResultComparer.Compare(separate, shared).AreEqual);
    }

    [Fact]
    public void The_blank_node_mapping_must_be_one_to_one_within_a_row()
    {
        var same = Select(XY, Row(("x", Blank("a")), ("y", Blank("a"))));
        var different = Select(XY, Row(("x", Blank("b")), ("y", Blank("c"))));

        Assert.False(SparqlResultComparer.Compare(same, different).AreEqual);
        Assert.False(SparqlResultComparer.Compare(different, same).AreEqual);
    }

    [Fact]
    public void Blank_nodes_linking_rows_into_one_cycle_differ_from_two_smaller_cycles()
    {
        // Every blank node looks alike locally (one row as x, one as y), so only the search can tell them apart.
        SparqlResultSet Cycles(params int[] lengths)
        {
            var rows = new List<QuerySolution>();
            int offset = 0;
            foreach (int length in lengths)
            {
                for (int i = 0; i < length; i++)
                {
                    rows.Add(Row(("x", Blank("n" + (offset + i))), ("y", Blank("n" + (offset + (i + 1) % length)))));
                }
                offset += length;
            }
            return Select(XY, [.. rows]);
        }

        Assert.False(SparqlResultComparer.Compare(Cycles(6), Cycles(3, 3)).AreEqual);
        Assert.True(SparqlResultComparer.Compare(Cycles(3, 3), RelabelAndShuffle(Cycles(3, 3), 7)).AreEqual);
        Assert.True(SparqlResultComparer.Compare(Cycles(40, 40, 80), RelabelAndShuffle(Cycles(80, 40, 40), 3)).AreEqual);
    }

    [Fact]
    public void Duplicate_rows_count()
    {
        var twice = Select(XY, Row(("x", Iri("a"))), Row(("x", Iri("a"))), Row(("x", Iri("b"))));
        var once = Select(XY, Row(("x", Iri("a"))), Row(("x", Iri("b"))), Row(("x", Iri("b"))));

        SparqlResultComparison comparison = SparqlResultComparer.Compare(twice, once);

        Assert.False(comparison.AreEqual);
        Assert.Contains("Expected row { ?x=<http://example.org/b> } is missing", comparison.Difference);
        Assert.Contains("Actual row { ?x=<http://example.org/a> } is not among the expected results", comparison.Difference);
    }

    [Fact]
    public void Duplicate_rows_with_blank_nodes_count()
    {
        var twice = Select(XY, Row(("x", Blank("a"))), Row(("x", Blank("a"))));
        var distinct = Select(XY, Row(("x", Blank("b"))), Row(("x", Blank("c"))));

        Assert.False(SparqlResultComparer.Compare(twice, distinct).AreEqual);
    }

    [Fact]
    public void Row_order_is_ignored_unless_asked_for()
    {
        var ab = Select(XY, Row(("x", Iri("a"))), Row(("x", Iri("b"))));
        var ba = Select(XY, Row(("x", Iri("b"))), Row(("x", Iri("a"))));

        Assert.True(SparqlResultComparer.Compare(ab, ba).AreEqual);
        SparqlResultComparison ordered = SparqlResultComparer.Compare(ab, ba, ordered: true);
        Assert.False(ordered.AreEqual);
        Assert.Contains("Row 1 differs", ordered.Difference);
        Assert.Contains("the order differs", ordered.Difference);
    }

    [Fact]
    public void Ordered_comparison_still_matches_blank_nodes_consistently()
    {
        var actual = Select(XY, Row(("x", Blank("a"))), Row(("x", Blank("b"))), Row(("x", Blank("a"))));
        var consistent = Select(XY, Row(("x", Blank("p"))), Row(("x", Blank("q"))), Row(("x", Blank("p"))));
        var inconsistent = Select(XY, Row(("x", Blank("p"))), Row(("x", Blank("q"))), Row(("x", Blank("q"))));

        Assert.True(SparqlResultComparer.Compare(actual, consistent, ordered: true).AreEqual);
        Assert.False(SparqlResultComparer.Compare(actual, inconsistent, ordered: true).AreEqual);
        var merged = Select(XY, Row(("x", Blank("p"))), Row(("x", Blank("p"))), Row(("x", Blank("p"))));
        Assert.False(SparqlResultComparer.Compare(actual, merged, ordered: true).AreEqual);
    }

    [Fact]
    public void Variables_are_compared_as_sets()
    {
        var xy = Select(["x", "y"], Row(("x", Iri("a"))));
        var yx = Select(["y", "x"], Row(("x", Iri("a"))));
        var xz = Select(["x", "z"], Row(("x", Iri("a"))));

        Assert.True(SparqlResultComparer.Compare(xy, yx).AreEqual);
        SparqlResultComparison comparison = SparqlResultComparer.Compare(xy, xz);
        Assert.False(comparison.AreEqual);
        Assert.Equal("The actual results have the variables ?x ?y, the expected ?x ?z.", comparison.Difference);
    }

    [Fact]
    public void Numbers_are_compared_by_lexical_form_and_language_tags_ignoring_case()
    {
        var one = Select(XY, Row(("x", Literal.Typed("1", Xsd.Integer))));
        var zeroOne = Select(XY, Row(("x", Literal.Typed("01", Xsd.Integer))));
        var en = Select(XY, Row(("x", Literal.LanguageTagged("hi", "en-GB"))));
        var EN = Select(XY, Row(("x", Literal.LanguageTagged("hi", "EN-gb"))));

        Assert.False(SparqlResultComparer.Compare(one, zeroOne).AreEqual);
        Assert.True(SparqlResultComparer.Compare(en, EN).AreEqual);
    }

    [Fact]
    public void Unbound_differs_from_bound()
    {
        var unbound = Select(XY, Row(("x", Iri("a"))));
        var bound = Select(XY, Row(("x", Iri("a")), ("y", Text(""))));

        Assert.False(SparqlResultComparer.Compare(unbound, bound).AreEqual);
    }

    [Fact]
    public void Ask_results_compare_by_their_answer()
    {
        Assert.True(SparqlResultComparer.Compare(SparqlResultSet.ForAsk(true), SparqlResultSet.ForAsk(true)).AreEqual);
        Assert.False(SparqlResultComparer.Compare(SparqlResultSet.ForAsk(true), SparqlResultSet.ForAsk(false)).AreEqual);
        SparqlResultComparison mixed = SparqlResultComparer.Compare(Select(XY), SparqlResultSet.ForAsk(false));
        Assert.False(mixed.AreEqual);
        Assert.Equal("The actual result is a SELECT result with 0 rows, the expected false.", mixed.Difference);
    }

    [Fact]
    public void Different_row_counts_are_reported_with_the_first_differing_row()
    {
        var two = Select(XY, Row(("x", Iri("a"))), Row(("x", Iri("b"))));
        var one = Select(XY, Row(("x", Iri("a"))));

        SparqlResultComparison comparison = SparqlResultComparer.Compare(two, one);

        Assert.StartsWith("The actual results have 2 rows, the expected 1.", comparison.Difference);
        Assert.Contains("Actual row { ?x=<http://example.org/b> }", comparison.Difference);
    }

    [Fact]
    public void Csv_comparison_looks_only_at_the_text_csv_keeps()
    {
        var typed = Select(XY, Row(("x", Iri("a")), ("y", Literal.Typed("4", Xsd.Integer))), Row(("x", Blank("a")), ("y", Literal.LanguageTagged("", "en"))));
        var fromCsv = Select(XY, Row(("x", Text("http://example.org/a")), ("y", Text("4"))), Row(("x", Blank("z"))));
        var otherCase = Select(XY, Row(("x", Text("http://example.org/A")), ("y", Text("4"))), Row(("x", Blank("z"))));

        Assert.True(SparqlResultComparer.CompareAsCsv(typed, fromCsv).AreEqual);
        Assert.False(SparqlResultComparer.Compare(typed, fromCsv).AreEqual);
        Assert.False(SparqlResultComparer.CompareAsCsv(typed, otherCase).AreEqual);
    }

    [Fact]
    public void Blank_nodes_inside_triple_terms_take_part_in_the_mapping()
    {
        var p = Iri("p");
        var actual = Select(XY, Row(("x", new TripleTerm(new Triple(Blank("a"), p, Int(1)))), ("y", Blank("a"))));
        var same = Select(XY, Row(("x", new TripleTerm(new Triple(Blank("b"), p, Int(1)))), ("y", Blank("b"))));
        var other = Select(XY, Row(("x", new TripleTerm(new Triple(Blank("b"), p, Int(1)))), ("y", Blank("c"))));

        Assert.True(SparqlResultComparer.Compare(actual, same).AreEqual);
        Assert.False(SparqlResultComparer.Compare(actual, other).AreEqual);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Thousands_of_rows_with_blank_nodes_compare_quickly(bool sharedInPairs)
    {
        var rows = new List<QuerySolution>();
        for (int i = 0; i < 4000; i++)
        {
            // All rows look alike except for their blank nodes, the hardest case for the search.
            string label = sharedInPairs ? "n" + (i / 2) : "n" + i;
            rows.Add(Row(("x", Blank(label)), ("y", Int(i % 2))));
        }
        var actual = Select(XY, [.. rows]);
        var expected = RelabelAndShuffle(actual, 42);

        var clock = Stopwatch.StartNew();
        SparqlResultComparison comparison = SparqlResultComparer.Compare(actual, expected);
        clock.Stop();

        Assert.True(comparison.AreEqual, comparison.Difference);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_blank_node_shared_by_thousands_of_rows_compares_quickly()
    {
        // One hub shared by every row, each row with a private blank node: a star, where all leaves look alike.
        var rows = new List<QuerySolution>();
        for (int i = 0; i < 4000; i++)
        {
            rows.Add(Row(("x", Blank("hub")), ("y", Blank("leaf" + i))));
        }
        var actual = Select(XY, [.. rows]);
        var expected = RelabelAndShuffle(actual, 5);

        var clock = Stopwatch.StartNew();
        SparqlResultComparison comparison = SparqlResultComparer.Compare(actual, expected);
        clock.Stop();

        Assert.True(comparison.AreEqual, comparison.Difference);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_missing_row_with_blank_nodes_is_named_in_the_difference()
    {
        var actual = Select(XY, Row(("x", Blank("a")), ("y", Int(1))));
        var expected = Select(XY, Row(("x", Blank("b")), ("y", Int(2))));

        SparqlResultComparison comparison = SparqlResultComparer.Compare(actual, expected);

        Assert.False(comparison.AreEqual);
        Assert.StartsWith("Expected row { ?x=_:b ?y=\"2\"^^<http://www.w3.org/2001/XMLSchema#integer> } is missing", comparison.Difference);
    }
}
