using System.Security.Cryptography;
using KnowledgeGraph.Rdf.Graphs.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs;

/// <summary>
/// The W3C standard RDF Dataset Canonicalization, RDFC-1.0, by default with SHA-256 (<see href="https://www.w3.org/TR/rdf-canon/"/>),
/// for interoperable output (for example signing or hashing a dataset so other tools agree). RDFC-1.0 explores
/// permutations of related blank nodes and can take exponential time on very symmetric ("poison") datasets, so
/// it stops with <see cref="InvalidOperationException"/> past a work limit; <see cref="BlankNodeCanonicalizer"/> is
/// the robust choice when only self-consistency matters. RDFC-1.0 covers RDF 1.1 datasets: blank nodes inside
/// RDF 1.2 triple terms are rejected.
/// </summary>
public static class Rdfc10Canonicalizer
{
    /// <summary>The default limit on N-degree hashing steps (calls plus permutations tried).</summary>
    public const long DefaultWorkLimit = 1_000_000;

    /// <summary>
    /// Canonicalizes a dataset: returns the distinct quads with blank nodes relabelled <c>_:c14n0</c>, <c>_:c14n1</c>, ...,
    /// ordered as in the canonical N-Quads document.
    /// </summary>
    /// <param name="quads">The dataset.</param>
    /// <param name="workLimit">The most N-degree hashing steps to take before giving up.</param>
    /// <param name="hashAlgorithm">SHA-256 (the default, when <c>default</c>), SHA-384 or SHA-512.</param>
    public static IReadOnlyList<Quad> Canonicalize(IEnumerable<Quad> quads, long workLimit = DefaultWorkLimit, HashAlgorithmName hashAlgorithm = default)
    {
        List<Quad> distinct = Prepare(quads);
        IReadOnlyDictionary<string, string> issued = Rdfc10Algorithm.IssueIdentifiers(distinct, workLimit, hashAlgorithm);
        var labels = issued.ToDictionary(static e => e.Key, static e => new BlankNode(e.Value), StringComparer.Ordinal);
        return distinct
            .Select(q => BlankNodeStructure.Rename(q, b => labels[b.Label]))
            .Select(static q => (Quad: q, Line: Rdfc10NQuads.Line(q, static b => b.Label)))
            .OrderBy(static e => e.Line, CodePointComparer.Instance)
            .Select(static e => e.Quad)
            .ToList();
    }

    /// <summary>The canonical N-Quads document (the RDFC-1.0 serialized canonical form), one line per quad.</summary>
    /// <param name="quads">The dataset.</param>
    /// <param name="workLimit">The most N-degree hashing steps to take before giving up.</param>
    /// <param name="hashAlgorithm">SHA-256 (the default, when <c>default</c>), SHA-384 or SHA-512.</param>
    public static string ToCanonicalNQuads(IEnumerable<Quad> quads, long workLimit = DefaultWorkLimit, HashAlgorithmName hashAlgorithm = default) =>
        string.Concat(Canonicalize(quads, workLimit, hashAlgorithm).Select(static q => Rdfc10NQuads.Line(q, static b => b.Label)));

    /// <summary>The issued identifiers map: each input blank node label to its canonical label (without <c>_:</c>).</summary>
    /// <param name="quads">The dataset.</param>
    /// <param name="workLimit">The most N-degree hashing steps to take before giving up.</param>
    /// <param name="hashAlgorithm">SHA-256 (the default, when <c>default</c>), SHA-384 or SHA-512.</param>
    public static IReadOnlyDictionary<string, string> IssueIdentifiers(IEnumerable<Quad> quads, long workLimit = DefaultWorkLimit, HashAlgorithmName hashAlgorithm = default) =>
        Rdfc10Algorithm.IssueIdentifiers(Prepare(quads), workLimit, hashAlgorithm);

    private static List<Quad> Prepare(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        List<Quad> distinct = [.. quads.Distinct()];
        foreach (Quad quad in distinct)
        {
            if (quad.Subject is TripleTerm s && BlankNodeStructure.MentionsBlank(s) || quad.Object is TripleTerm o && BlankNodeStructure.MentionsBlank(o))
            {
                throw new ArgumentException($"RDFC-1.0 does not define blank nodes inside triple terms: {quad}.", nameof(quads));
            }
        }
        return distinct;
    }
}
