using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:maxCount (SHACL 1.0 §4.2.2): at most this many value nodes; one result without sh:value.</summary>
internal sealed class MaxCountConstraint(long max) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("MaxCount");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Count > max)
        {
            context.Report(shape, focus, null, Component);
        }
    }
}
