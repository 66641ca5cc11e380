using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Sparql.Tests.Update;

/// <summary>Builds stores from TriG, runs update text against them and prints their contents compactly.</summary>
internal static class UpdateFixture
{
    public const string Prologue = "PREFIX : <http://ex/>\n";

    public static InMemoryQuadStore Store(string trig = "")
    {
        var store = new InMemoryQuadStore();
        store.Load(KnownRdfFormats.TriG.CreateReader().Read(new StringReader("@prefix : <http://ex/> .\n" + trig), RdfReaderOptions.Default).ToList());
        return store;
    }

    public static UpdateResult Run(InMemoryQuadStore store, string update, UpdateOptions? options = null) =>
        new SparqlUpdateExecutor(new SparqlFunctionLibrary()).Execute(SparqlParser.ParseUpdate(Prologue + update), store, options);

    public static SparqlUpdateException Fails(InMemoryQuadStore store, string update, UpdateOptions? options = null) =>
        Assert.Throws<SparqlUpdateException>(() => Run(store, update, options));

    /// <summary>Every quad, as "s p o [g]" with http://ex/ shortened to ':', sorted.</summary>
    public static List<string> Dump(InMemoryQuadStore store)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        return snapshot.Match(QuadPattern.InAllGraphs()).Select(Show).Order(StringComparer.Ordinal).ToList();
    }

    public static List<Quad> Quads(InMemoryQuadStore store)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        return snapshot.Match(QuadPattern.InAllGraphs()).ToList();
    }

    private static string Show(Quad quad)
    {
        string text = string.Join(" ", new[] { quad.Subject, quad.Predicate, quad.Object, quad.Graph }
            .Where(t => t is not null).Select(t => t switch
            {
                Iri iri when iri.Value.StartsWith("http://ex/", StringComparison.Ordinal) => ":" + iri.Value["http://ex/".Length..],
                Literal literal => literal.LexicalForm,
                BlankNode => "_",
                _ => t!.ToString(),
            }));
        return text;
    }
}
