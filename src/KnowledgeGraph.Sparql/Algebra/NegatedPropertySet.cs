using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// <c>!(a|^b)</c>: one step along any predicate not in <see cref="Forward"/>, or (when <see cref="Inverse"/> is
/// non-empty) one reverse step along any predicate not in <see cref="Inverse"/>.
/// </summary>
/// <param name="Forward">Excluded forward predicates.</param>
/// <param name="Inverse">Excluded reverse predicates.</param>
public sealed record NegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath;
