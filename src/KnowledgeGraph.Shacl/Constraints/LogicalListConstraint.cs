using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:and, sh:or and sh:xone (SHACL 1.0 §4.6.2-4): each value node conforms to how many of the listed shapes the
/// component requires (all, at least one, exactly one). Subclasses fix the rule and the component.
/// </summary>
internal abstract class LogicalListConstraint(IReadOnlyList<Shape> members) : Constraint
{
    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            int conforming = 0;
            foreach (Shape member in members)
            {
                if (context.Conforms(value, member))
                {
                    conforming++;
                }
            }
            if (!Accepts(conforming, members.Count))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }

    protected abstract bool Accepts(int conforming, int total);
}
