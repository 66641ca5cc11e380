using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:node (SHACL 1.0 §4.7.1): each value node conforms to the node shape; one result per value that does not.</summary>
internal sealed class NodeConstraint(Shape target) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Node");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (!context.Conforms(value, target))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
