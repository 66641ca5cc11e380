using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Querying;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// An equality filter between patterns that share no variable is evaluated as a hash join on the compared values
/// (SP2Bench q5a and q6 depend on it); these check it keeps the exact meaning of <c>=</c> across datatypes.
/// </summary>
public sealed class ValueJoinTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Triple(Ex("a1"), Ex("p"), Int(1)),
        Triple(Ex("a2"), Ex("p"), Literal.Typed("2.50", Xsd.Decimal)),
        Triple(Ex("a3"), Ex("p"), Literal.Simple("x")),
        Triple(Ex("a4"), Ex("p"), Literal.LanguageTagged("y", "en")),
        Triple(Ex("a5"), Ex("p"), Ex("thing")),
        Triple(Ex("a6"), Ex("p"), Literal.Typed("z", new Iri("http://example.org/type"))),
        Triple(Ex("b1"), Ex("q"), Literal.Typed("1.0e0", Xsd.Double)),
        Triple(Ex("b2"), Ex("q"), Literal.Typed("2.5", Xsd.Decimal)),
        Triple(Ex("b3"), Ex("q"), Literal.Typed("x", Xsd.String)),
        Triple(Ex("b4"), Ex("q"), Literal.LanguageTagged("y", "EN")),
        Triple(Ex("b5"), Ex("q"), Ex("thing")),
        Triple(Ex("b6"), Ex("q"), Literal.Typed("z", new Iri("http://example.org/other"))),
        Triple(Ex("b7"), Ex("q"), Literal.Simple("1")));

    private static readonly string[] EqualPairs = ["a1 b1", "a2 b2", "a3 b3", "a4 b4", "a5 b5"];

    [Fact]
    public void Equality_filter_across_a_disconnected_bgp_joins_by_value()
    {
        Assert.Equal(EqualPairs, Pairs("SELECT ?a ?b { ?a <http://example.org/p> ?x . ?b <http://example.org/q> ?y FILTER(?x = ?y) }"));
    }

    [Fact]
    public void Equality_inside_a_conjunction_still_joins_by_value_and_keeps_the_other_conditions()
    {
        Assert.Equal(["a1 b1"], Pairs("SELECT ?a ?b { ?a <http://example.org/p> ?x . ?b <http://example.org/q> ?y FILTER(?y = ?x && isNumeric(?x) && ?a != <http://example.org/a2>) }"));
    }

    [Fact]
    public void Optional_with_an_equality_filter_on_an_unconnected_side_matches_by_value()
    {
        const string query = """
            SELECT ?a ?b { ?a <http://example.org/p> ?x OPTIONAL { ?b <http://example.org/q> ?y FILTER(?x = ?y) } }
            """;
        Assert.Equal([.. EqualPairs, "a6 -"], Pairs(query));
    }

    [Fact]
    public void Optional_not_bound_with_an_equality_filter_keeps_the_rows_without_an_equal_value()
    {
        const string query = """
            SELECT ?a { ?a <http://example.org/p> ?x OPTIONAL { ?b <http://example.org/q> ?y FILTER(?x = ?y) } FILTER(!bound(?b)) }
            """;
        Assert.Equal(["a6 -"], Pairs(query));
    }

    private static List<string> Pairs(string query)
    {
        using IDatasetSnapshot snapshot = Data.OpenSnapshot();
        SparqlQueryResult result = new SparqlQueryProcessor().Execute(query, snapshot);
        return result.Results!.Solutions
            .Select(static s => Local(s, "a") + " " + Local(s, "b"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Local(KnowledgeGraph.Sparql.Results.QuerySolution solution, string variable) =>
        solution.Bindings.TryGetValue(variable, out Term? term) ? ((Iri)term).Value[Ns.Length..] : "-";
}
