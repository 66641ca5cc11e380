namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// A blank node. Its label identifies it within one document or dataset only; two datasets are compared
/// up to blank-node renaming (see graph isomorphism in the store).
/// </summary>
public sealed record BlankNode : Term
{
    // The one process-wide counter in the library, on purpose: labels from CreateUnique must never collide across
    // readers and documents loaded into one store, and a counter is cheaper and shorter than a GUID per node.
    private static long _counter;

    // A per-process random stem keeps fresh labels apart from labels that readers keep from their input
    // (an N-Triples file may well contain _:g5), so scoped and kept blank nodes never collide in one store.
    private static readonly string FreshStem = "u" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)) + "x";

    /// <summary>Creates a blank node with the given label (without the <c>_:</c> prefix).</summary>
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>The label, without <c>_:</c>.</summary>
    public string Label { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>Creates a blank node whose label is unique within this process.</summary>
    public static BlankNode CreateUnique() => new(FreshStem + Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Blank nodes are equal when their labels are (ordinal).</summary>
    public bool Equals(BlankNode? other) => other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Label) ^ 0x5bd1e995;
}
