using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Rdf.RocksDb.Tests;

/// <summary>
/// The SPARQL engine runs unchanged on the RocksDB store: each query gives the same answer on it as on the in-memory
/// store holding the same data, before and after the same update is applied to both.
/// </summary>
public sealed class SparqlDifferentialTests : IDisposable
{
    private const string Data = """
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:anna a ex:Person ; ex:name "Anna"@en , "Анна"@ru ; ex:born 1889 ; ex:knows ex:boris , ex:osip .
        ex:boris a ex:Person ; ex:name "Boris" ; ex:born 1890 ; ex:knows ex:anna .
        ex:osip a ex:Person ; ex:name "Osip" ; ex:born "1891"^^xsd:integer ; ex:knows [ ex:name "someone" ] .
        ex:zhivago a ex:Book ; ex:author ex:boris ; ex:cites ex:poems .
        ex:poems a ex:Book ; ex:author ex:anna .
        ex:g1 { ex:anna ex:wrote ex:poems . ex:boris ex:wrote ex:zhivago . }
        ex:g2 { ex:anna ex:wrote ex:requiem . ex:osip ex:wrote ex:stone . ex:requiem ex:year 1963 . }
        """;

    public static TheoryData<string> Queries =>
    [
        "SELECT ?s ?n WHERE { ?s a <http://example.org/Person> ; <http://example.org/name> ?n }",
        "SELECT ?a ?b WHERE { ?a <http://example.org/knows> ?b . ?b <http://example.org/knows> ?a }",
        "SELECT ?p (COUNT(*) AS ?c) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p",
        "SELECT ?s ?y WHERE { ?s <http://example.org/born> ?y FILTER(?y > 1889) } ORDER BY DESC(?y)",
        "SELECT ?g ?s ?o WHERE { GRAPH ?g { ?s <http://example.org/wrote> ?o } }",
        "SELECT ?s ?o WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
        "SELECT ?b ?n WHERE { ?b a <http://example.org/Book> OPTIONAL { ?b <http://example.org/author>/<http://example.org/name> ?n } }",
        "SELECT ?x WHERE { <http://example.org/zhivago> (<http://example.org/author>|<http://example.org/knows>)+ ?x }",
        "SELECT ?s WHERE { { ?s a <http://example.org/Book> } UNION { ?s <http://example.org/wrote> ?w } }",
        "SELECT ?s ?n WHERE { VALUES ?s { <http://example.org/anna> <http://example.org/nobody> } ?s <http://example.org/name> ?n FILTER(lang(?n) = 'ru') }",
        "ASK { ?s <http://example.org/name> \"someone\" }",
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    ];

    private readonly TemporaryFolders _folders = new();
    private readonly InMemoryQuadStore _memory = new();
    private readonly RocksDbQuadStore _rocks;
    private readonly SparqlQueryProcessor _processor = new();

    public SparqlDifferentialTests()
    {
        _rocks = RocksDbQuadStore.Open(_folders.NewPath());
        using var reader = new StringReader(Data);
        // Parsed once, so both stores hold the same blank node labels.
        List<Quad> quads = [.. KnownRdfFormats.TriG.CreateReader().Read(reader, RdfReaderOptions.Default)];
        _memory.Load(quads);
        _rocks.Load(quads);
    }

    [Theory, MemberData(nameof(Queries))]
    public void A_query_answers_the_same_on_both_stores(string query)
    {
        List<string> expected = Answer(_memory, query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Answer(_rocks, query));
    }

    [Theory, MemberData(nameof(Queries))]
    public void A_query_answers_the_same_on_both_stores_after_the_same_update(string query)
    {
        const string update = """
            PREFIX ex: <http://example.org/>
            DELETE { ?s ex:born ?y } INSERT { ?s ex:birthYear ?y } WHERE { ?s ex:born ?y FILTER(?y < 1891) } ;
            DROP GRAPH ex:g1 ;
            INSERT DATA { GRAPH ex:g3 { ex:osip ex:wrote ex:tristia } ex:tristia a ex:Book }
            """;
        foreach (IQuadStore store in new IQuadStore[] { _memory, _rocks })
        {
            new SparqlUpdateExecutor(new SparqlFunctionLibrary()).Execute(SparqlParser.ParseUpdate(update), store);
        }

        Assert.Equal(Answer(_memory, query), Answer(_rocks, query));
        using IDatasetSnapshot memory = _memory.OpenSnapshot();
        using IDatasetSnapshot rocks = _rocks.OpenSnapshot();
        Assert.Equal(memory.Match(QuadPattern.InAllGraphs()).ToHashSet(), rocks.Match(QuadPattern.InAllGraphs()).ToHashSet());
    }

    public void Dispose()
    {
        _rocks.Dispose();
        _memory.Dispose();
        _folders.Dispose();
    }

    // Solutions as sorted text (order-insensitive unless the query orders them, when the order is kept).
    private List<string> Answer(IQuadStore store, string query)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        SparqlQueryResult result = _processor.Execute(query, snapshot);
        if (result.Results is { IsBoolean: true } boolean)
        {
            return [boolean.Boolean!.Value.ToString()];
        }
        var rows = result.Results!.Solutions
            .Select(static s => string.Join(" ", s.Bindings.OrderBy(static b => b.Key, StringComparer.Ordinal).Select(static b => $"{b.Key}={b.Value}")))
            .ToList();
        return result.IsOrdered ? rows : [.. rows.Order(StringComparer.Ordinal)];
    }
}
