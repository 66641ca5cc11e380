using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:equals (SHACL 1.0 §4.5.1): the value nodes equal the focus node's values of the property; one result per node in only one of the two sets.</summary>
internal sealed class EqualsConstraint(Iri property) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Equals");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var other = new HashSet<Term>(context.Data.Objects(focus, property));
        foreach (Term value in values)
        {
            if (!other.Contains(value))
            {
                context.Report(shape, focus, value, Component);
            }
        }
        var own = values as ISet<Term> ?? new HashSet<Term>(values);
        foreach (Term value in other)
        {
            if (!own.Contains(value))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
