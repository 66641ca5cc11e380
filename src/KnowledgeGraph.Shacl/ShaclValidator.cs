using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Report;
using KnowledgeGraph.Shacl.Validation;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Querying;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// Validates a data graph (the default graph of a dataset snapshot) against a shapes graph (SHACL 1.0 §3.4): every
/// focus node of every targeted, active shape is validated against that shape, SHACL Core and SHACL-SPARQL alike.
/// </summary>
public sealed class ShaclValidator
{
    private readonly SparqlFunctionLibrary _functions = new();
    private readonly SparqlQueryProcessor _sparql;

    /// <summary>Creates a validator.</summary>
    public ShaclValidator() => _sparql = new SparqlQueryProcessor(_functions);

    /// <summary>Validates the default graph of <paramref name="data"/> against <paramref name="shapes"/>.</summary>
    /// <exception cref="ShaclValidationException">A SPARQL validator reported a failure.</exception>
    public ValidationReport Validate(ShapesGraph shapes, IDatasetSnapshot data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        ArgumentNullException.ThrowIfNull(data);
        using var combinedStore = shapes.Quads is null ? null : new InMemoryQuadStore();
        using var combined = combinedStore is null ? null : new DisposableLazy(() =>
        {
            combinedStore.Load(data.Match(QuadPattern.InDefaultGraph()).Concat(shapes.Quads!.Select(static q => q with { Graph = ValidationContext.ShapesGraphName })));
            return combinedStore.OpenSnapshot();
        });
        var context = new ValidationContext(new GraphView(data), _functions, _sparql, cancellationToken) { DataWithShapes = combined?.Lazy };
        foreach (Shape shape in shapes.Shapes)
        {
            if (shape.Deactivated || shape.Targets.Count == 0)
            {
                continue;
            }
            var focusNodes = new HashSet<Term>();
            foreach (Target target in shape.Targets)
            {
                focusNodes.UnionWith(target.Select(context.Data));
            }
            foreach (Term focus in focusNodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.ValidateShape(shape, focus);
            }
        }
        return new ValidationReport(context.Results);
    }
}
