using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>What every store checks before adding a quad, so all implementations reject the same input the same way.</summary>
internal static class QuadRules
{
    /// <summary>Throws when a quad has a missing part, a literal subject, or a graph name that is not an IRI or blank node.</summary>
    public static void ThrowIfNotStorable(Quad quad)
    {
        ArgumentNullException.ThrowIfNull(quad.Subject);
        ArgumentNullException.ThrowIfNull(quad.Predicate);
        ArgumentNullException.ThrowIfNull(quad.Object);
        if (quad.Subject.Kind == TermKind.Literal)
        {
            throw new ArgumentException("A literal cannot be a subject.", nameof(quad));
        }
        if (quad.Graph is not null && quad.Graph.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw new ArgumentException("A graph name is an IRI or a blank node.", nameof(quad));
        }
    }
}
