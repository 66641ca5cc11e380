using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:maxExclusive (SHACL 1.0 §4.3): each value node is less than the bound.</summary>
internal sealed class MaxExclusiveConstraint(Term bound) : ValueRangeConstraint(bound, "<", false)
{
    public override Iri Component { get; } = ShVocab.Component("MaxExclusive");
}
