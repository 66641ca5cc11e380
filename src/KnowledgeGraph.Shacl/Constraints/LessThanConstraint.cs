using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:lessThan and sh:lessThanOrEquals (SHACL 1.0 §4.5.3-4): each value node is less than (or equal to) every value
/// of the property at the focus node, by SPARQL comparison; an incomparable pair is a failure. One result per
/// failing value node.
/// </summary>
internal sealed class LessThanConstraint(Iri property, bool orEquals) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component(orEquals ? "LessThanOrEquals" : "LessThan");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        List<Term> others = context.Data.Objects(focus, property).ToList();
        foreach (Term value in values)
        {
            if (others.Any(o => context.Compare(orEquals ? "<=" : "<", value, o) != true))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
