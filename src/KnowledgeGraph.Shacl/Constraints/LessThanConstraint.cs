using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:lessThan and sh:lessThanOrEquals (SHACL 1.0 §4.5.3-4): each value node is less than (or equal to) every value
/// of the property at the focus node, by SPARQL comparison; an incomparable pair is a failure. One result per
/// failing pair of value node and property value.
/// </summary>
internal sealed class LessThanConstraint(Iri property, bool orEquals) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component(orEquals ? "LessThanOrEquals" : "LessThan");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        List<Term> others = context.Data.Objects(focus, property).ToList();
        foreach (Term value in values)
        {
            // One result per failing pair, as the component's SPARQL definition gives one solution per pair.
            foreach (Term other in others)
            {
                if (context.Compare(orEquals ? "<=" : "<", value, other) != true)
                {
                    context.Report(shape, focus, value, Component);
                }
            }
        }
    }
}
