namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// What a write batch has been asked to do, per graph and in order: the adds and removes (numbered, so the last
/// operation on a triple wins) and whether the graph was cleared first. Both stores' batches record into one of these
/// and differ only in how they apply it.
/// </summary>
internal sealed class PendingOperationLog
{
    private readonly Dictionary<int, GraphOperations> _graphs = [];
    private int _sequence;

    /// <summary>The graphs touched, with their operations.</summary>
    public IReadOnlyDictionary<int, GraphOperations> Graphs => _graphs;

    /// <summary>Records an add or a remove of a triple in a graph.</summary>
    /// <exception cref="InvalidOperationException">The batch already holds 2^31 - 1 operations.</exception>
    public void Record(int graph, IdTriple triple, bool add)
    {
        if (_sequence == int.MaxValue)
        {
            throw new InvalidOperationException("A write batch holds at most 2^31 - 1 operations.");
        }
        _sequence++;
        For(graph).Pending.Add(new PendingOperation(triple, add ? _sequence : -_sequence));
    }

    /// <summary>Records that a graph is emptied: what was asked of it before no longer matters.</summary>
    public void Clear(int graph)
    {
        GraphOperations operations = For(graph);
        operations.Pending.Clear();
        operations.Cleared = true;
    }

    /// <summary>Forgets everything (the batch ended).</summary>
    public void Reset() => _graphs.Clear();

    private GraphOperations For(int graph)
    {
        if (!_graphs.TryGetValue(graph, out GraphOperations? operations))
        {
            operations = new GraphOperations();
            _graphs[graph] = operations;
        }
        return operations;
    }
}

/// <summary>The operations of one graph in a batch.</summary>
internal sealed class GraphOperations
{
    /// <summary>Adds and removes in the order asked.</summary>
    public List<PendingOperation> Pending { get; } = [];

    /// <summary>Whether the graph is emptied before <see cref="Pending"/> applies.</summary>
    public bool Cleared { get; set; }
}
