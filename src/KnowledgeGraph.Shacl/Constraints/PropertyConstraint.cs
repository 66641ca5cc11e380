using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:property (SHACL 1.0 §4.7.2): each value node is validated against the property shape, whose own results are
/// reported as they are (with the property shape as sh:sourceShape), not wrapped in a result of this component.
/// </summary>
internal sealed class PropertyConstraint(Shape property) : Constraint
{
    public Shape Property { get; } = property;

    public override Iri Component { get; } = ShVocab.Component("Property");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            context.ValidateShape(Property, value);
        }
    }
}
