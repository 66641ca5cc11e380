using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.TestSupport.StoreBehaviour;

namespace KnowledgeGraph.Rdf.Tests.Store;

// The shared store behaviour tests (KnowledgeGraph.TestSupport/StoreBehaviour), run against the in-memory store.
// The RocksDB store's test project derives the same classes.

public sealed class InMemorySetSemanticsTests : SetSemanticsBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemorySnapshotTests : SnapshotBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemoryIdPatternTests : IdPatternBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemoryPatternMatchingTests : PatternMatchingBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemoryStatisticsTests : StatisticsBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemoryConcurrencyTests : ConcurrencyBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}

public sealed class InMemoryTermDictionaryTests : TermDictionaryBehaviour
{
    protected override IQuadStore CreateStore() => new InMemoryQuadStore();
}
