using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:and (SHACL 1.0 §4.6.2): each value node conforms to every member shape.</summary>
internal sealed class AndConstraint(IReadOnlyList<Shape> members) : LogicalListConstraint(members)
{
    public override Iri Component { get; } = ShVocab.Component("And");

    protected override bool Accepts(int conforming, int total) => conforming == total;
}
