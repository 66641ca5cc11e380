using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:minExclusive (SHACL 1.0 §4.3): each value node is greater than the bound.</summary>
internal sealed class MinExclusiveConstraint(Term bound) : ValueRangeConstraint(bound, "<", true)
{
    public override Iri Component { get; } = ShVocab.Component("MinExclusive");
}
