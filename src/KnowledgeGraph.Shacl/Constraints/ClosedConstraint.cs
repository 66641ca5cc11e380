using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:closed true (SHACL 1.0 §4.8.1): each value node has no property other than the predicate paths of the shape's
/// property shapes and sh:ignoredProperties; one result per offending triple, with the predicate as sh:resultPath and
/// the object as sh:value.
/// </summary>
internal sealed class ClosedConstraint(IReadOnlySet<Iri> allowed) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Closed");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (value is Literal)
            {
                continue;
            }
            foreach (var quad in context.Data.About(value))
            {
                if (!allowed.Contains(quad.Predicate))
                {
                    context.Report(new Report.ValidationResult(
                        focus, quad.Predicate, [], "<" + quad.Predicate.Value + ">", quad.Object, shape.Node, Component, shape.Severity, shape.Messages, null));
                }
            }
        }
    }
}
