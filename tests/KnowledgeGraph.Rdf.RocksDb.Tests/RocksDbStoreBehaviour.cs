using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.TestSupport.StoreBehaviour;

namespace KnowledgeGraph.Rdf.RocksDb.Tests;

// The shared store behaviour tests (KnowledgeGraph.TestSupport/StoreBehaviour) that the in-memory store passes, run
// against the RocksDB store; each store lives in a temporary folder deleted after the test. They test what a commit
// does, not that it reaches the disk (the crash test covers durability), so commits skip the fsync to keep them quick.

public sealed class RocksDbSetSemanticsTests : SetSemanticsBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbSnapshotTests : SnapshotBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbIdPatternTests : IdPatternBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbPatternMatchingTests : PatternMatchingBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbStatisticsTests : StatisticsBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbConcurrencyTests : ConcurrencyBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}

public sealed class RocksDbTermDictionaryTests : TermDictionaryBehaviour
{
    private readonly TemporaryFolders _folders = new();

    protected override IQuadStore CreateStore() => RocksDbQuadStore.Open(_folders.NewPath(), syncCommits: false);

    protected override void AfterStoresDisposed() => _folders.Dispose();
}
