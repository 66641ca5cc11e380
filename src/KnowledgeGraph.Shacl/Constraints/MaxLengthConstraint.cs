using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:maxLength (SHACL 1.0 §4.4.2).</summary>
internal sealed class MaxLengthConstraint(long max) : LengthConstraint(max, false)
{
    public override Iri Component { get; } = ShVocab.Component("MaxLength");
}
