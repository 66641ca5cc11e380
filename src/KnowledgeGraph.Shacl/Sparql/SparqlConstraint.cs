using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Constraints;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>
/// sh:sparql (SHACL 1.0 §5): a SELECT query run once per focus node with $this and $currentShape pre-bound; each
/// solution is a result of sh:SPARQLConstraintComponent with the constraint node as sh:sourceConstraint.
/// </summary>
internal sealed class SparqlConstraint(Term node, ShaclQuery query, IReadOnlyList<Literal> messages) : Constraint
{
    public ShaclQuery Query => query;

    public override Iri Component => ShVocab.SparqlConstraintComponent;

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var bindings = new Dictionary<string, Term>(StringComparer.Ordinal) { ["this"] = focus, ["currentShape"] = shape.Node };
        var result = query.Run(context, bindings);
        SolutionReporter.Report(context, shape, focus, result.Results?.Solutions ?? [], Component, messages, node, bindings);
    }
}
