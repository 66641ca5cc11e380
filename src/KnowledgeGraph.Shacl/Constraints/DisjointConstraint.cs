using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:disjoint (SHACL 1.0 §4.5.2): no value node is also a value of the property at the focus node.</summary>
internal sealed class DisjointConstraint(Iri property) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Disjoint");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (context.Data.Contains(focus, property, value))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
