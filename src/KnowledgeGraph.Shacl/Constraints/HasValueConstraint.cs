using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:hasValue (SHACL 1.0 §4.8.2): the value is among the value nodes; one result without sh:value when it is not.</summary>
internal sealed class HasValueConstraint(Term expected) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("HasValue");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (!values.Contains(expected))
        {
            context.Report(shape, focus, null, Component);
        }
    }
}
