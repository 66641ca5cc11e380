using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// The value range components (SHACL 1.0 §4.3): each value node compares with the bound as SPARQL's <c>&lt;</c> or
/// <c>&lt;=</c> would; a comparison error (incomparable values) is a failure. Subclasses fix the component.
/// </summary>
internal abstract class ValueRangeConstraint(Term bound, string op, bool boundFirst) : Constraint
{
    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            bool? ok = boundFirst ? context.Compare(op, bound, value) : context.Compare(op, value, bound);
            if (ok != true)
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
