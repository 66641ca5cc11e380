using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Report;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Publishing;

/// <summary>The build's validator: the project's SHACL Core and SHACL-SPARQL implementation.</summary>
public sealed class ShaclGraphValidator : IGraphValidator
{
    /// <inheritdoc/>
    public ValidationOutcome Validate(IReadOnlyCollection<Triple> data, IReadOnlyCollection<Triple> shapes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(shapes);
        using var dataStore = new InMemoryQuadStore();
        using var shapesStore = new InMemoryQuadStore();
        dataStore.Load(data.Select(static t => new Quad(t.Subject, t.Predicate, t.Object, null)));
        shapesStore.Load(shapes.Select(static t => new Quad(t.Subject, t.Predicate, t.Object, null)));
        using IDatasetSnapshot shapesSnapshot = shapesStore.OpenSnapshot();
        using IDatasetSnapshot dataSnapshot = dataStore.OpenSnapshot();
        ValidationReport report = new ShaclValidator().Validate(ShapesGraph.Parse(shapesSnapshot), dataSnapshot);
        var text = new StringWriter();
        ReportTextWriter.Write(report, text);
        return new ValidationOutcome(report.Conforms, text.ToString());
    }
}
