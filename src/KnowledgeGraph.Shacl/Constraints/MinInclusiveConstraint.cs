using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:minInclusive (SHACL 1.0 §4.3): each value node is greater than or equal to the bound.</summary>
internal sealed class MinInclusiveConstraint(Term bound) : ValueRangeConstraint(bound, "<=", true)
{
    public override Iri Component { get; } = ShVocab.Component("MinInclusive");
}
