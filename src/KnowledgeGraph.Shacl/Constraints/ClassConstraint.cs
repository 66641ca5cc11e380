using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:class (SHACL 1.0 §4.1.1): each value node is a SHACL instance of the class in the data graph.</summary>
internal sealed class ClassConstraint(Term type) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Class");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (value is Literal || !context.Data.IsInstanceOf(value, type))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
