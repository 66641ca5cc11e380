using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// The dataset the server publishes. Requests read from a snapshot, so a response is consistent even while an update
/// commits; <see cref="Version"/> changes with every commit and feeds the ETag of every response.
/// </summary>
public sealed class DatasetHost
{
    private long _version;

    /// <summary>Wraps a store; the store stays owned by the caller.</summary>
    public DatasetHost(IQuadStore store, DateTimeOffset lastModified)
    {
        Store = store;
        LastModified = TruncateToSeconds(lastModified);
        _version = 1;
    }

    /// <summary>The store.</summary>
    public IQuadStore Store { get; }

    /// <summary>When the data last changed, to the second (HTTP dates have no finer precision).</summary>
    public DateTimeOffset LastModified { get; private set; }

    /// <summary>A number that changes whenever the data does.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Records that the data changed (after an update commits).</summary>
    public void MarkChanged()
    {
        Interlocked.Increment(ref _version);
        LastModified = TruncateToSeconds(DateTimeOffset.UtcNow);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
