using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A negated property set, <c>!(a | ^b)</c>.</summary>
/// <param name="Forward">The IRIs excluded in the forward direction, in order.</param>
/// <param name="Inverse">The IRIs excluded in the inverse direction (written <c>^iri</c>), in order.</param>
public sealed record PathNegatedSet(SyntaxList<Iri> Forward, SyntaxList<Iri> Inverse) : PropertyPath;
