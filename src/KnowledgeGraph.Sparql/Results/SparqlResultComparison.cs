using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>The outcome of <see cref="SparqlResultComparer"/>: equal or not, why not, and the blank-node mapping used.</summary>
public sealed class SparqlResultComparison
{
    private SparqlResultComparison(bool areEqual, string difference, IReadOnlyDictionary<BlankNode, BlankNode> mapping)
    {
        AreEqual = areEqual;
        Difference = difference;
        BlankNodeMapping = mapping;
    }

    /// <summary>Whether the actual results equal the expected ones.</summary>
    public bool AreEqual { get; }

    /// <summary>The first difference found, in words (empty when equal).</summary>
    public string Difference { get; }

    /// <summary>When equal, how the actual results' blank nodes map onto the expected ones (empty otherwise).</summary>
    public IReadOnlyDictionary<BlankNode, BlankNode> BlankNodeMapping { get; }

    internal static SparqlResultComparison Equal(IReadOnlyDictionary<BlankNode, BlankNode> mapping) => new(true, "", mapping);

    internal static SparqlResultComparison Different(string difference) =>
        new(false, difference, new Dictionary<BlankNode, BlankNode>());

    /// <inheritdoc/>
    public override string ToString() => AreEqual ? "equal" : "different: " + Difference;
}
