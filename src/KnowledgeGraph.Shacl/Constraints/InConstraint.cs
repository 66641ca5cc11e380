using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:in (SHACL 1.0 §4.8.3): each value node is one of the list's members (same term).</summary>
internal sealed class InConstraint(IReadOnlyList<Term> members) : Constraint
{
    private readonly HashSet<Term> _members = [.. members];

    public override Iri Component { get; } = ShVocab.Component("In");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (!_members.Contains(value))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
