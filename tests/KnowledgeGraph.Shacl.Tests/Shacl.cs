using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Report;

namespace KnowledgeGraph.Shacl.Tests;

/// <summary>Validates Turtle data against Turtle shapes, each in its own store, with the usual prefixes declared.</summary>
internal static class Shacl
{
    public const string Ex = "http://example.org/";

    private const string Prefixes = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix ex: <http://example.org/> .

        """;

    public static Iri Iri(string localName) => new(Ex + localName);

    public static Iri Component(string name) => Sh.Term(name + "ConstraintComponent");

    public static ValidationReport Validate(string shapes, string data)
    {
        using var shapesStore = Load(shapes);
        using var dataStore = Load(data);
        using var shapesSnapshot = shapesStore.OpenSnapshot();
        using var dataSnapshot = dataStore.OpenSnapshot();
        return new ShaclValidator().Validate(ShapesGraph.Parse(shapesSnapshot), dataSnapshot);
    }

    public static ShapesGraph ParseShapes(string shapes)
    {
        using var store = Load(shapes);
        using var snapshot = store.OpenSnapshot();
        return ShapesGraph.Parse(snapshot);
    }

    private static InMemoryQuadStore Load(string turtle)
    {
        var store = new InMemoryQuadStore();
        var format = RdfFormatRegistry.Default.FindByName("Turtle")!;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Prefixes + turtle));
        store.Load(format.CreateReader().Read(stream, RdfReaderOptions.Default).ToList());
        return store;
    }
}
