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

    /// <summary>Every query and update file of the suites (evaluation tests too) either is rejected or round-trips.</summary>
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
            catch (SparqlSyntaxException)
            {
                return; // negative tests, checked by the conformance suite
            }
            Assert.Equal(update, SparqlParser.ParseUpdate(SparqlSyntaxWriter.Write(update)));
            return;
        }
        SparqlQuery query;
        try
        {
            query = SparqlParser.ParseQuery(text, baseIri);
        }
        catch (SparqlSyntaxException)
        {
            return;
        }
        Assert.Equal(query, SparqlParser.ParseQuery(SparqlSyntaxWriter.Write(query)));
    }
}
