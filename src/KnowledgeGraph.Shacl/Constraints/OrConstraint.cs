using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:or (SHACL 1.0 §4.6.3): each value node conforms to at least one member shape.</summary>
internal sealed class OrConstraint(IReadOnlyList<Shape> members) : LogicalListConstraint(members)
{
    public override Iri Component { get; } = ShVocab.Component("Or");

    protected override bool Accepts(int conforming, int total) => conforming > 0;
}
