using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs;

/// <summary>The outcome of comparing two datasets up to blank-node renaming.</summary>
public sealed class IsomorphismResult
{
    private IsomorphismResult(bool isIsomorphic, string reason, IReadOnlyDictionary<BlankNode, BlankNode> mapping)
    {
        IsIsomorphic = isIsomorphic;
        Reason = reason;
        BlankNodeMapping = mapping;
    }

    /// <summary>Whether the datasets are isomorphic.</summary>
    public bool IsIsomorphic { get; }

    /// <summary>When not isomorphic, a short human-readable reason (for test failure messages); otherwise empty.</summary>
    public string Reason { get; }

    /// <summary>When isomorphic, a blank-node bijection from the first dataset to the second; otherwise empty.</summary>
    public IReadOnlyDictionary<BlankNode, BlankNode> BlankNodeMapping { get; }

    internal static IsomorphismResult Isomorphic(IReadOnlyDictionary<BlankNode, BlankNode> mapping) => new(true, "", mapping);

    internal static IsomorphismResult NotIsomorphic(string reason) => new(false, reason, new Dictionary<BlankNode, BlankNode>());

    /// <inheritdoc/>
    public override string ToString() => IsIsomorphic ? "isomorphic" : "not isomorphic: " + Reason;
}
