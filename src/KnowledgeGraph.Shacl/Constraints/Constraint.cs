using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// One constraint: a constraint component (SHACL 1.0 §4) with the parameter values a shape gives it. Validation sees
/// the focus node and its value nodes (the focus node itself for a node shape, the path's values for a property
/// shape) and reports each failure through the context.
/// </summary>
internal abstract class Constraint
{
    /// <summary>The component, reported as sh:sourceConstraintComponent.</summary>
    public abstract Iri Component { get; }

    public abstract void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values);
}
