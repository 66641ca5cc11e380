using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:minLength (SHACL 1.0 §4.4.1).</summary>
internal sealed class MinLengthConstraint(long min) : LengthConstraint(min, true)
{
    public override Iri Component { get; } = ShVocab.Component("MinLength");
}
