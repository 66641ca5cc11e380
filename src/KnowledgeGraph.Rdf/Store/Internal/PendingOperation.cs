namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// One add or remove in a write batch: the SPO triple and its position in the batch, negated for a removal,
/// so the batch can sort by (triple, position) and keep the last operation per triple.
/// </summary>
internal readonly record struct PendingOperation(IdTriple Triple, int SignedSequence) : IComparable<PendingOperation>
{
    public bool IsAdd => SignedSequence > 0;

    private int Sequence => Math.Abs(SignedSequence);

    public int CompareTo(PendingOperation other)
    {
        int byTriple = Triple.CompareTo(other.Triple);
        return byTriple != 0 ? byTriple : Sequence.CompareTo(other.Sequence);
    }
}
