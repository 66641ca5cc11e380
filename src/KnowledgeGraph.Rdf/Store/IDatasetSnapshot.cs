using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// An immutable, consistent view of a dataset. Every pattern shape (any mix of bound and unbound subject,
/// predicate, object, and graph scope) is answered from an index range, not by scanning unrelated statements.
/// Enumerations return quads in an unspecified order. Implementations are safe to use from many threads.
/// </summary>
public interface IDatasetSnapshot : IDisposable
{
    /// <summary>The number of quads in the view.</summary>
    long Count { get; }

    /// <summary>Statistics for a query planner.</summary>
    DatasetStatistics Statistics { get; }

    /// <summary>The names of the named graphs that hold at least one quad.</summary>
    IEnumerable<Term> NamedGraphs { get; }

    /// <summary>The ids of the named graphs that hold at least one quad (for <c>GRAPH ?g</c> at id level).</summary>
    IEnumerable<TermId> NamedGraphIds { get; }

    /// <summary>Whether the view holds the quad.</summary>
    bool Contains(Quad quad);

    /// <summary>The quads matching a term pattern.</summary>
    IEnumerable<Quad> Match(QuadPattern pattern);

    /// <summary>The quads matching an id pattern, as ids.</summary>
    IEnumerable<QuadIds> MatchIds(QuadIdPattern pattern);

    /// <summary>
    /// The number of quads matching an id pattern. The in-memory store answers exactly from index ranges;
    /// other implementations may estimate, so treat it as a planner's cardinality estimate.
    /// </summary>
    long EstimateCount(QuadIdPattern pattern);

    /// <summary>
    /// Looks up a term's id. An id may be returned for a term that occurs in no quad of this view
    /// (dictionaries only grow); matching with it then simply yields nothing.
    /// </summary>
    bool TryGetTermId(Term term, [MaybeNullWhen(false)] out TermId id);

    /// <summary>The term with an id obtained from this view.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The id is unknown.</exception>
    Term GetTerm(TermId id);

    /// <summary>Converts a term pattern to an id pattern; false when a bound term is unknown (nothing can match).</summary>
    bool TryEncode(QuadPattern pattern, out QuadIdPattern idPattern);

    /// <summary>Converts id quads back to terms.</summary>
    Quad Decode(QuadIds ids);
}
