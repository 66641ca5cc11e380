using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:not (SHACL 1.0 §4.6.1): no value node conforms to the shape.</summary>
internal sealed class NotConstraint(Shape negated) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Not");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (context.Conforms(value, negated))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
