using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>Small helpers shared by the syntax tests.</summary>
internal static class SyntaxAssertions
{
    public const string Ex = "http://example.org/";
    public const string Prologue = "PREFIX : <http://example.org/>\n";

    public static SelectQuery Select(string text) => Assert.IsType<SelectQuery>(SparqlParser.ParseQuery(Prologue + text));

    public static IReadOnlyList<GraphPattern> Elements(string whereBody) => Select("SELECT * { " + whereBody + " }").Where.Elements;

    public static IReadOnlyList<TriplePatternBase> Triples(string whereBody) =>
        Assert.IsType<TriplesBlockPattern>(Assert.Single(Elements(whereBody))).Triples;

    public static Expression Expr(string expression) =>
        Assert.IsType<FilterPattern>(Assert.Single(Elements("FILTER(" + expression + ")"))).Condition;

    public static SparqlSyntaxException QueryError(string text) =>
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery(text, Ex));

    public static SparqlSyntaxException UpdateError(string text) =>
        Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseUpdate(text, Ex));
}
