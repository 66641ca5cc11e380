namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// A mutable RDF dataset (default graph plus named graphs) with snapshot reads and one writer at a time.
/// Readers take a snapshot and never block on the writer; a snapshot never sees a later commit.
/// Disposing the store releases its resources (files, for persistent implementations).
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>Takes a consistent read view of the last committed state. Cheap; dispose it when done.</summary>
    IDatasetSnapshot OpenSnapshot();

    /// <summary>
    /// Starts the write batch. Only one batch is open at a time: this waits until the previous one is committed
    /// or disposed. Changes become visible to new snapshots atomically on <see cref="IQuadWriteBatch.Commit"/>.
    /// </summary>
    IQuadWriteBatch BeginWrite();
}
