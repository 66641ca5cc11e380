using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlSyntaxWriterTests
{
    [Theory]
    [InlineData("SELECT ?a (STR(?b) AS ?c) FROM <http://g/> WHERE { ?a <http://p/> ?b . FILTER(?b > -1 && !BOUND(?c)) } ORDER BY DESC(?a) LIMIT 5")]
    [InlineData("SELECT * { ?s (<http://a/>/^<http://b/>)|!(<http://c/>|^<http://d/>) ?o . ?s <http://e/>+ [ <http://f/> (1 2) ] }")]
    [InlineData("SELECT (COUNT(DISTINCT *) AS ?n) (GROUP_CONCAT(?o ; SEPARATOR = \"\\n\") AS ?g) { ?s ?p ?o } GROUP BY ?s (STR(?p) AS ?q) HAVING (COUNT(*) > 1)")]
    [InlineData("SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } OPTIONAL { SERVICE SILENT <http://svc/> { ?s ?p 'x'@en } } MINUS { ?s ?p 1.5e0 } BIND (?o - 1 AS ?x) VALUES (?v) { (UNDEF) (<http://v/>) } }")]
    [InlineData("SELECT * { FILTER (?a IN (1, 2) || ?b NOT IN () || NOT EXISTS { ?a ?b ?c } || <http://f/>(DISTINCT ?a, ?b) || IF(?a, COALESCE(), -(?b))) }")]
    [InlineData("CONSTRUCT { ?s <http://p/> _:b } WHERE { ?s ?p ?o } VALUES ?s { <http://s/> }")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }")]
    [InlineData("DESCRIBE * ")]
    [InlineData("ASK FROM NAMED <http://n/> { { SELECT ?s { ?s ?p ?o } OFFSET 1 } }")]
    public void Printed_query_parses_to_an_equal_ast(string text)
    {
        var query = SparqlParser.ParseQuery(text);
        string printed = SparqlSyntaxWriter.Write(query);
        Assert.Equal(query, SparqlParser.ParseQuery(printed));
    }

    [Theory]
    [InlineData("INSERT DATA { <http://s/> <http://p/> \"a\\\"b\" GRAPH <http://g/> { _:x <http://p/> 1 } }")]
    [InlineData("WITH <http://g/> DELETE { ?s ?p ?o } INSERT { GRAPH ?g { ?s ?p [] } } USING <http://u/> WHERE { ?s ?p ?o }")]
    [InlineData("DELETE WHERE { ?s ?p ?o } ; LOAD SILENT <http://d/> INTO GRAPH <http://g/> ; CLEAR NAMED ; COPY DEFAULT TO <http://g/>")]
    public void Printed_update_parses_to_an_equal_ast(string text)
    {
        var update = SparqlParser.ParseUpdate(text);
        Assert.Equal(update, SparqlParser.ParseUpdate(SparqlSyntaxWriter.Write(update)));
    }

    [Fact]
    public void Different_queries_give_different_asts()
    {
        Assert.NotEqual(SparqlParser.ParseQuery("SELECT * { ?s ?p 1 }"), SparqlParser.ParseQuery("SELECT * { ?s ?p 2 }"));
        Assert.NotEqual(SparqlParser.ParseQuery("SELECT * { ?s ?p ?o }"), SparqlParser.ParseQuery("SELECT ?s { ?s ?p ?o }"));
    }

    public static TheoryData<string> SuiteFiles()
    {
        var data = new TheoryData<string>();
        foreach (var suite in new[] { "sparql10", "sparql11" })
        {
            foreach (var file in Directory.EnumerateFiles(W3cSuites.PathOf(suite), "*.r?", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".rq", StringComparison.Ordinal) || file.EndsWith(".ru", StringComparison.Ordinal))
                {
                    data.Add(Path.GetRelativePath(W3cSuites.Root, file));
                }
            }
        }
        return data;
    }

    /// <summary>
    /// The suites' files that are rightly rejected although their names do not say "bad": negative syntax tests of the
    /// evaluation manifests, and early-draft path syntax (<c>{n,m}</c>) that no manifest references.
    /// </summary>
    private static readonly HashSet<string> RejectedFiles = new(StringComparer.Ordinal)
    {
        "agg08.rq", "agg09.rq", "agg10.rq", "agg11.rq", "agg12.rq", "constructwhere05.rq", "constructwhere06.rq",
        "delete-insert-03.ru", "delete-insert-03b.ru", "delete-insert-05.ru", "delete-insert-07.ru", "delete-insert-07b.ru",
        "delete-insert-08.ru", "delete-insert-09.ru", "group06.rq", "group07.rq", "path-2-1.rq", "path-2-3.rq", "path-3-1.rq",
        "path-3-2.rq", "path-3-4.rq", "pp04.rq", "pp05.rq", "pp13.rq", "pp15.rq", "syntax-bindings-09.rq",
        "syntax-BINDscope6.rq", "syntax-BINDscope7.rq", "syntax-BINDscope8.rq", "syntax-SELECTscope2.rq", "syntax-update-54.ru",
    };

    /// <summary>Every query and update file of the suites (evaluation tests too) parses and round-trips, unless it is a known negative test.</summary>
    [Theory, MemberData(nameof(SuiteFiles))]
    public void Suite_file_round_trips_when_it_parses(string relativePath)
    {
        string path = W3cSuites.PathOf(relativePath);
        string text = File.ReadAllText(path);
        string baseIri = new Uri(path).AbsoluteUri;
        if (path.EndsWith(".ru", StringComparison.Ordinal))
        {
            SparqlUpdate update;
            try
            {
                update = SparqlParser.ParseUpdate(text, baseIri);
            }
            catch (SparqlSyntaxException) when (IsExpectedToBeRejected(path))
            {
                return;
            }
            Assert.Equal(update, SparqlParser.ParseUpdate(SparqlSyntaxWriter.Write(update)));
            return;
        }
        SparqlQuery query;
        try
        {
            query = SparqlParser.ParseQuery(text, baseIri);
        }
        catch (SparqlSyntaxException) when (IsExpectedToBeRejected(path))
        {
            return;
        }
        Assert.Equal(query, SparqlParser.ParseQuery(SparqlSyntaxWriter.Write(query)));
    }

    private static bool IsExpectedToBeRejected(string path)
    {
        string name = Path.GetFileName(path);
        return name.Contains("bad", StringComparison.Ordinal) || RejectedFiles.Contains(name);
    }
}
