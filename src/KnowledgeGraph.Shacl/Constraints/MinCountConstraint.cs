using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:minCount (SHACL 1.0 §4.2.1): at least this many value nodes; one result without sh:value.</summary>
internal sealed class MinCountConstraint(long min) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("MinCount");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Count < min)
        {
            context.Report(shape, focus, null, Component);
        }
    }
}
