using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:maxInclusive (SHACL 1.0 §4.3): each value node is less than or equal to the bound.</summary>
internal sealed class MaxInclusiveConstraint(Term bound) : ValueRangeConstraint(bound, "<=", false)
{
    public override Iri Component { get; } = ShVocab.Component("MaxInclusive");
}
