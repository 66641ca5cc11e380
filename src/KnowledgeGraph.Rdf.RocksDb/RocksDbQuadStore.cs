using KnowledgeGraph.Rdf.RocksDb.Internal;
using KnowledgeGraph.Rdf.Store;
using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb;

/// <summary>
/// A durable RDF dataset in a RocksDB folder, behaving like <see cref="InMemoryQuadStore"/>: terms are
/// dictionary-encoded, every quad is kept in six index orders (one column family each) so every pattern shape is
/// one key range, statistics are counters updated by each commit, a commit is one synced RocksDB write batch
/// (atomic, and durable when <see cref="IQuadWriteBatch.Commit"/> returns), and a snapshot is a RocksDB snapshot.
/// One process opens a folder at a time (RocksDB locks it).
/// </summary>
public sealed class RocksDbQuadStore : IQuadStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly WriteOptions _commitOptions;
    private readonly Dictionary<string, ColumnFamilyHandle> _indexes;
    private readonly HashSet<RocksDbSnapshot> _liveSnapshots = [];
    private readonly object _snapshotsLock = new();
    private int _nextTermId;
    private bool _disposed;

    private RocksDbQuadStore(string directory, RocksDbSharp.RocksDb database, bool syncCommits)
    {
        Directory = directory;
        Database = database;
        _commitOptions = new WriteOptions().SetSync(syncCommits);
        TermToIdFamily = database.GetColumnFamily(StoreLayout.TermToId);
        IdToTermFamily = database.GetColumnFamily(StoreLayout.IdToTerm);
        StatsFamily = database.GetColumnFamily(StoreLayout.Stats);
        _indexes = IndexOrder.All.ToDictionary(static o => o.Name, o => database.GetColumnFamily(o.Name));
        Terms = new TermDictionary(database, TermToIdFamily, IdToTermFamily);
    }

    /// <summary>The store's folder.</summary>
    public string Directory { get; }

    internal RocksDbSharp.RocksDb Database { get; }

    internal ColumnFamilyHandle TermToIdFamily { get; }

    internal ColumnFamilyHandle IdToTermFamily { get; }

    internal ColumnFamilyHandle StatsFamily { get; }

    internal TermDictionary Terms { get; }

    /// <summary>The id the next new term gets (ids start at 1; 0 is the default graph).</summary>
    internal int NextTermId => Volatile.Read(ref _nextTermId);

    /// <summary>
    /// Opens the store in <paramref name="directory"/>, creating an empty one there when the folder has none and
    /// <paramref name="createIfMissing"/> is set.
    /// </summary>
    /// <param name="directory">The store's folder.</param>
    /// <param name="createIfMissing">Whether a missing store is created (false: a missing store is an error).</param>
    /// <param name="syncCommits">
    /// Whether each commit waits for the disk (fsync) before returning. Leave it on: without it a commit survives a
    /// crash of the process but not of the machine.
    /// </param>
    /// <exception cref="IOException">The folder holds no store (and none may be created), holds something else, or is
    /// in use by another process.</exception>
    public static RocksDbQuadStore Open(string directory, bool createIfMissing = true, bool syncCommits = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string full = Path.GetFullPath(directory);
        bool exists = File.Exists(Path.Combine(full, "CURRENT"));
        if (!exists && !createIfMissing)
        {
            throw new IOException($"No store at '{full}' (a store folder holds a RocksDB CURRENT file); create one with kg load.");
        }
        if (!exists)
        {
            System.IO.Directory.CreateDirectory(full);
        }
        var columnFamilies = new ColumnFamilies();
        foreach (string name in StoreLayout.ColumnFamilies)
        {
            columnFamilies.Add(name, ColumnFamilyOptionsFor(name));
        }
        DbOptions options = new DbOptions()
            .SetCreateIfMissing(!exists)
            .SetCreateMissingColumnFamilies(!exists)
            .SetParanoidChecks(true)
            .IncreaseParallelism(Math.Max(2, Environment.ProcessorCount));
        RocksDbSharp.RocksDb database;
        try
        {
            database = RocksDbSharp.RocksDb.Open(options, full, columnFamilies);
        }
        catch (RocksDbException error)
        {
            throw new IOException($"Cannot open the store at '{full}': {error.Message}", error);
        }
        var store = new RocksDbQuadStore(full, database, syncCommits);
        try
        {
            store.Initialise(exists);
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <inheritdoc/>
    public IDatasetSnapshot OpenSnapshot()
    {
        lock (_snapshotsLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var snapshot = new RocksDbSnapshot(this);
            _liveSnapshots.Add(snapshot);
            return snapshot;
        }
    }

    /// <inheritdoc/>
    public IQuadWriteBatch BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writeLock.Wait();
        return new RocksDbWriteBatch(this);
    }

    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="targetDirectory"/> (a RocksDB checkpoint: files are
    /// hard-linked where the file system allows, copied otherwise). The copy opens as a store of its own.
    /// </summary>
    /// <exception cref="IOException">The target exists or cannot be written.</exception>
    public void Backup(string targetDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetDirectory);
        ObjectDisposedException.ThrowIf(_disposed, this);
        string full = Path.GetFullPath(targetDirectory);
        if (System.IO.Directory.Exists(full) || File.Exists(full))
        {
            throw new IOException($"The backup target '{full}' already exists; name a new folder.");
        }
        // Holding the write lock keeps the copy on a commit boundary in this process's view as well.
        _writeLock.Wait();
        try
        {
            using Checkpoint checkpoint = Database.Checkpoint();
            checkpoint.Save(full);
        }
        catch (RocksDbException error)
        {
            throw new IOException($"Cannot write the backup to '{full}': {error.Message}", error);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Flushes and fully compacts every column family: after a bulk load this leaves each index as a few sorted,
    /// compressed files (smaller on disk and quicker to read) instead of many overlapping ones. Readers may continue.
    /// </summary>
    public void Compact()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // The default family (the next free id) too: a write-ahead log file is deleted only once every family whose
        // writes it holds has been flushed.
        foreach (ColumnFamilyHandle family in new[] { Database.GetDefaultColumnFamily(), TermToIdFamily, IdToTermFamily, StatsFamily }.Concat(_indexes.Values))
        {
            Database.CompactRange(null!, null!, family);
        }
    }

    /// <summary>Releases every snapshot still open and closes the database; later use of them throws.</summary>
    public void Dispose()
    {
        lock (_snapshotsLock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            foreach (RocksDbSnapshot snapshot in _liveSnapshots)
            {
                snapshot.Release();
            }
            _liveSnapshots.Clear();
        }
        Database.Dispose();
        _writeLock.Dispose();
    }

    internal ColumnFamilyHandle Index(IndexOrder order) => _indexes[order.Name];

    internal void Forget(RocksDbSnapshot snapshot)
    {
        lock (_snapshotsLock)
        {
            if (_liveSnapshots.Remove(snapshot))
            {
                snapshot.Release();
            }
        }
    }

    internal void Write(WriteBatch batch, int nextTermId)
    {
        Database.Write(batch, _commitOptions);
        Volatile.Write(ref _nextTermId, nextTermId);
    }

    internal void ReleaseWriter() => _writeLock.Release();

    private void Initialise(bool existed)
    {
        ColumnFamilyHandle meta = Database.GetDefaultColumnFamily();
        byte[]? version = Database.Get(StoreLayout.VersionKey, meta);
        if (version is null)
        {
            if (existed)
            {
                throw new IOException($"'{Directory}' is a RocksDB database but not a KnowledgeGraph store (it has no layout version).");
            }
            using var batch = new WriteBatch();
            batch.Put(StoreLayout.VersionKey, StoreLayout.Long(StoreLayout.Version), meta);
            batch.Put(StoreLayout.NextTermIdKey, StoreLayout.Long(1), meta);
            Database.Write(batch, _commitOptions);
        }
        else if (StoreLayout.ReadLong(version) != StoreLayout.Version)
        {
            throw new IOException($"The store at '{Directory}' has layout version {StoreLayout.ReadLong(version)}; this program reads version {StoreLayout.Version}.");
        }
        _nextTermId = checked((int)StoreLayout.ReadLong(Database.Get(StoreLayout.NextTermIdKey, meta)));
    }

    // Index keys are 16 bytes with long shared prefixes, which block prefix compression and LZ4 shrink well; the
    // dictionary is read by point lookups, which a Bloom filter spares from touching files that lack the key.
    private static ColumnFamilyOptions ColumnFamilyOptionsFor(string name)
    {
        var table = new BlockBasedTableOptions().SetBlockSize(16 * 1024).SetFormatVersion(5);
        if (name == StoreLayout.TermToId)
        {
            table.SetFilterPolicy(BloomFilterPolicy.Create(10, false));
        }
        return new ColumnFamilyOptions()
            .SetCompression(Compression.Lz4)
            .SetBlockBasedTableFactory(table);
    }
}
