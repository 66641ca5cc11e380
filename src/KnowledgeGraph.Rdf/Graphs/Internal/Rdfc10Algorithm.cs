using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// The RDFC-1.0 canonicalization algorithm (<see href="https://www.w3.org/TR/rdf-canon/"/>), SHA-256 unless told otherwise, written
/// from the specification's steps; step numbers in comments refer to it. One instance is one run (the
/// canonicalization state).
/// </summary>
internal sealed class Rdfc10Algorithm
{
    private readonly Dictionary<string, List<Quad>> _blankNodeToQuads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer _canonicalIssuer = new("c14n");
    private readonly long _workLimit;
    private readonly Func<byte[], byte[]> _hash;
    private long _work;

    private Rdfc10Algorithm(long workLimit, HashAlgorithmName hashAlgorithm)
    {
        _workLimit = workLimit;
        _hash = hashAlgorithm.Name switch
        {
            null or "SHA256" => SHA256.HashData,
            "SHA384" => SHA384.HashData,
            "SHA512" => SHA512.HashData,
            _ => throw new ArgumentException($"Unsupported hash algorithm {hashAlgorithm.Name}.", nameof(hashAlgorithm)),
        };
    }

    /// <summary>Runs the algorithm; returns the canonical identifier (without <c>_:</c>) of every blank node label.</summary>
    public static IReadOnlyDictionary<string, string> IssueIdentifiers(IReadOnlyList<Quad> quads, long workLimit, HashAlgorithmName hashAlgorithm)
    {
        var run = new Rdfc10Algorithm(workLimit, hashAlgorithm);
        return run.Run(quads);
    }

    private Dictionary<string, string> Run(IReadOnlyList<Quad> quads)
    {
        // Step 2: the blank node to quads map (a quad is listed once per blank node, however often it mentions it).
        foreach (Quad quad in quads)
        {
            foreach (string label in BlankLabels(quad).Distinct(StringComparer.Ordinal))
            {
                if (!_blankNodeToQuads.TryGetValue(label, out List<Quad>? list))
                {
                    list = [];
                    _blankNodeToQuads[label] = list;
                }
                list.Add(quad);
            }
        }

        // Step 3: first-degree hashes.
        var hashToBlankNodes = new SortedDictionary<string, List<string>>(CodePointComparer.Instance);
        foreach (string label in _blankNodeToQuads.Keys)
        {
            string hash = HashFirstDegreeQuads(label);
            if (!hashToBlankNodes.TryGetValue(hash, out List<string>? list))
            {
                list = [];
                hashToBlankNodes[hash] = list;
            }
            list.Add(label);
        }

        // Step 4: unique first-degree hashes get canonical identifiers in hash order.
        foreach ((string hash, List<string> labels) in hashToBlankNodes.ToList())
        {
            if (labels.Count == 1)
            {
                _canonicalIssuer.Issue(labels[0]);
                hashToBlankNodes.Remove(hash);
            }
        }

        // Step 5: shared hashes, resolved by N-degree hashes.
        foreach (List<string> labels in hashToBlankNodes.Values)
        {
            var hashPathList = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (string label in labels)
            {
                if (_canonicalIssuer.Has(label))
                {
                    continue;
                }
                var temporary = new IdentifierIssuer("b");
                temporary.Issue(label);
                hashPathList.Add(HashNDegreeQuads(label, temporary));
            }
            foreach ((_, IdentifierIssuer issuer) in hashPathList.OrderBy(static r => r.Hash, CodePointComparer.Instance))
            {
                foreach (string existing in issuer.IssueOrder)
                {
                    _canonicalIssuer.Issue(existing);
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string label in _blankNodeToQuads.Keys)
        {
            _canonicalIssuer.TryGet(label, out string canonical);
            result[label] = canonical;
        }
        return result;
    }

    /// <summary>The first-degree hash of one blank node of a dataset (exposed for tests against the specification).</summary>
    internal static string FirstDegreeHashOf(IReadOnlyList<Quad> quads, string label)
    {
        var run = new Rdfc10Algorithm(long.MaxValue, HashAlgorithmName.SHA256);
        run.Run(quads);
        return run.HashFirstDegreeQuads(label);
    }

    /// <summary>Hash First Degree Quads (section 4.6).</summary>
    internal string HashFirstDegreeQuads(string reference)
    {
        if (_firstDegreeHashes.TryGetValue(reference, out string? cached))
        {
            return cached;
        }
        List<string> nquads = [.. _blankNodeToQuads[reference].Select(q => Rdfc10NQuads.Line(q, b => b.Label == reference ? "a" : "z"))];
        nquads.Sort(CodePointComparer.Instance);
        string hash = Hash(string.Concat(nquads));
        _firstDegreeHashes[reference] = hash;
        return hash;
    }

    /// <summary>Hash Related Blank Node (section 4.7).</summary>
    private string HashRelatedBlankNode(string related, Quad quad, IdentifierIssuer issuer, char position)
    {
        var input = new StringBuilder().Append(position);
        if (position != 'g')
        {
            input.Append('<').Append(quad.Predicate.Value).Append('>');
        }
        if (_canonicalIssuer.TryGet(related, out string identifier) || issuer.TryGet(related, out identifier))
        {
            input.Append("_:").Append(identifier);
        }
        else
        {
            input.Append(HashFirstDegreeQuads(related));
        }
        return Hash(input.ToString());
    }

    /// <summary>Hash N-Degree Quads (section 4.8).</summary>
    private (string Hash, IdentifierIssuer Issuer) HashNDegreeQuads(string identifier, IdentifierIssuer issuer)
    {
        CountWork();
        // Steps 1-3: group related blank nodes by their related hash.
        var relatedByHash = new SortedDictionary<string, List<string>>(CodePointComparer.Instance);
        foreach (Quad quad in _blankNodeToQuads[identifier])
        {
            AddRelated(quad.Subject, 's');
            AddRelated(quad.Object, 'o');
            if (quad.Graph is not null)
            {
                AddRelated(quad.Graph, 'g');
            }

            void AddRelated(Term component, char position)
            {
                if (component is BlankNode blank && blank.Label != identifier)
                {
                    string hash = HashRelatedBlankNode(blank.Label, quad, issuer, position);
                    if (!relatedByHash.TryGetValue(hash, out List<string>? list))
                    {
                        list = [];
                        relatedByHash[hash] = list;
                    }
                    list.Add(blank.Label);
                }
            }
        }

        // Steps 4-5.
        var data = new StringBuilder();
        foreach ((string relatedHash, List<string> blankNodes) in relatedByHash)
        {
            data.Append(relatedHash);
            string chosenPath = "";
            IdentifierIssuer? chosenIssuer = null;
            foreach (string[] permutation in Permutations(blankNodes))
            {
                CountWork();
                IdentifierIssuer issuerCopy = issuer.Clone();
                var path = new StringBuilder();
                var recursionList = new List<string>();
                bool skip = false;
                foreach (string related in permutation)
                {
                    if (_canonicalIssuer.TryGet(related, out string canonical))
                    {
                        path.Append("_:").Append(canonical);
                    }
                    else
                    {
                        if (!issuerCopy.Has(related))
                        {
                            recursionList.Add(related);
                        }
                        path.Append("_:").Append(issuerCopy.Issue(related));
                    }
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                {
                    continue;
                }
                foreach (string related in recursionList)
                {
                    (string hash, IdentifierIssuer resultIssuer) = HashNDegreeQuads(related, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(related));
                    path.Append('<').Append(hash).Append('>');
                    issuerCopy = resultIssuer;
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip)
                {
                    continue;
                }
                string candidate = path.ToString();
                if (chosenPath.Length == 0 || CodePointComparer.Instance.Compare(candidate, chosenPath) < 0)
                {
                    chosenPath = candidate;
                    chosenIssuer = issuerCopy;
                }
            }
            data.Append(chosenPath);
            issuer = chosenIssuer!;
        }
        return (Hash(data.ToString()), issuer);
    }

    // Step 5.4.4.3 / 5.4.5.4: a path at least as long as the chosen one and greater than it cannot win.
    private static bool IsWorse(StringBuilder path, string chosenPath) =>
        chosenPath.Length != 0 && path.Length >= chosenPath.Length && CodePointComparer.Instance.Compare(path.ToString(), chosenPath) > 0;

    private void CountWork()
    {
        if (++_work > _workLimit)
        {
            throw new InvalidOperationException(
                $"RDFC-1.0 gave up after {_workLimit} steps of N-degree hashing; the dataset is too symmetric for it (a 'poison' dataset). BlankNodeCanonicalizer handles such input.");
        }
    }

    private static IEnumerable<string[]> Permutations(List<string> items)
    {
        string[] current = [.. items];
        Array.Sort(current, CodePointComparer.Instance);
        // Lexicographic next-permutation: each distinct ordering once, duplicates included only once.
        while (true)
        {
            yield return (string[])current.Clone();
            int i = current.Length - 2;
            while (i >= 0 && CodePointComparer.Instance.Compare(current[i], current[i + 1]) >= 0)
            {
                i--;
            }
            if (i < 0)
            {
                yield break;
            }
            int j = current.Length - 1;
            while (CodePointComparer.Instance.Compare(current[j], current[i]) <= 0)
            {
                j--;
            }
            (current[i], current[j]) = (current[j], current[i]);
            Array.Reverse(current, i + 1, current.Length - i - 1);
        }
    }

    private static IEnumerable<string> BlankLabels(Quad quad)
    {
        if (quad.Subject is BlankNode s)
        {
            yield return s.Label;
        }
        if (quad.Object is BlankNode o)
        {
            yield return o.Label;
        }
        if (quad.Graph is BlankNode g)
        {
            yield return g.Label;
        }
    }

    private string Hash(string text) => Convert.ToHexStringLower(_hash(Encoding.UTF8.GetBytes(text)));
}
