using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// A shapes graph parsed into shapes (SHACL 1.0 §3.1), kept apart from any data graph. Parse once, validate many
/// data graphs.
/// </summary>
public sealed class ShapesGraph
{
    private ShapesGraph(IReadOnlyList<Shape> shapes, IReadOnlyList<Quad>? quads)
    {
        Shapes = shapes;
        Quads = quads;
    }

    /// <summary>The shapes graph's triples, kept only when a SPARQL query reads $shapesGraph.</summary>
    internal IReadOnlyList<Quad>? Quads { get; }

    internal IReadOnlyList<Shape> Shapes { get; }

    /// <summary>How many shapes the graph declares or refers to.</summary>
    public int ShapeCount => Shapes.Count;

    /// <summary>Parses the default graph of <paramref name="snapshot"/> as a shapes graph.</summary>
    /// <exception cref="ShapesGraphException">The shapes graph is ill-formed; the message names the shape.</exception>
    public static ShapesGraph Parse(IDatasetSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        IReadOnlyList<Shape> shapes = new ShapeParser(new GraphView(snapshot)).ParseAll();
        bool needsGraph = shapes.SelectMany(static s => s.Constraints).Any(static c =>
            c is Sparql.SparqlConstraint { Query.UsesShapesGraph: true } or Sparql.SparqlComponentConstraint { Query.UsesShapesGraph: true });
        return new ShapesGraph(shapes, needsGraph ? snapshot.Match(QuadPattern.InDefaultGraph()).ToList() : null);
    }
}
