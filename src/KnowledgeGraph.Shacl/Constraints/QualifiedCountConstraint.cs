using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:qualifiedValueShape with sh:qualifiedMinCount or sh:qualifiedMaxCount (SHACL 1.0 §4.7.3): counts the value
/// nodes that conform to the qualified shape and, when sh:qualifiedValueShapesDisjoint is true, to none of the
/// sibling shapes (the qualified value shapes of the other property shapes of the same parents).
/// </summary>
internal sealed class QualifiedCountConstraint(Shape qualified, IReadOnlyList<Shape> siblings, long count, bool isMinimum) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component(isMinimum ? "QualifiedMinCount" : "QualifiedMaxCount");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        long matching = 0;
        foreach (Term value in values)
        {
            if (context.Conforms(value, qualified) && !siblings.Any(s => context.Conforms(value, s)))
            {
                matching++;
            }
        }
        if (isMinimum ? matching < count : matching > count)
        {
            context.Report(shape, focus, null, Component);
        }
    }
}
