using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:xone (SHACL 1.0 §4.6.4): each value node conforms to exactly one member shape.</summary>
internal sealed class XoneConstraint(IReadOnlyList<Shape> members) : LogicalListConstraint(members)
{
    public override Iri Component { get; } = ShVocab.Component("Xone");

    protected override bool Accepts(int conforming, int total) => conforming == 1;
}
