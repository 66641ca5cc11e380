using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.TestSupport.StoreBehaviour.StoreTerms;

namespace KnowledgeGraph.Rdf.RocksDb.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly TemporaryFolders _folders = new();

    [Fact]
    public void Quads_terms_and_statistics_survive_closing_and_reopening()
    {
        string path = _folders.NewPath();
        Quad typed = new(I("s"), I("p"), Literal.Typed("7", new Iri("http://www.w3.org/2001/XMLSchema#integer")), I("g"));
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(path))
        {
            store.Load([Q("a", "p", "b"), Q("a", "q", "c"), typed]);
            using IQuadWriteBatch batch = store.BeginWrite();
            batch.Remove(Q("a", "q", "c"));
            batch.Commit();
        }

        using RocksDbQuadStore reopened = RocksDbQuadStore.Open(path, createIfMissing: false);
        using IDatasetSnapshot snapshot = reopened.OpenSnapshot();
        Assert.Equal(new HashSet<Quad> { Q("a", "p", "b"), typed }, snapshot.Match(QuadPattern.InAllGraphs()).ToHashSet());
        Assert.Equal(2, snapshot.Statistics.QuadCount);
        Assert.Equal(2, snapshot.Statistics.DistinctSubjects);
        Assert.Equal([I("g")], snapshot.NamedGraphs);
    }

    [Fact]
    public void Terms_added_after_reopening_get_fresh_ids()
    {
        string path = _folders.NewPath();
        TermId first;
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(path))
        {
            store.Load([Q("a", "p", "b")]);
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            Assert.True(snapshot.TryGetTermId(I("a"), out first));
        }

        using RocksDbQuadStore reopened = RocksDbQuadStore.Open(path);
        reopened.Load([Q("x", "y", "z")]);
        using IDatasetSnapshot after = reopened.OpenSnapshot();
        var ids = new[] { "a", "p", "b", "x", "y", "z" }.Select(n => after.TryGetTermId(I(n), out TermId id) ? id : default).ToList();
        Assert.Equal(6, ids.Distinct().Count());
        Assert.DoesNotContain(TermId.DefaultGraph, ids);
        Assert.Equal(first, ids[0]);
        Assert.Equal(I("x"), after.GetTerm(ids[3]));
    }

    [Fact]
    public void A_backup_opens_as_a_store_with_the_same_quads_and_later_writes_do_not_reach_it()
    {
        string path = _folders.NewPath(), copy = _folders.NewPath();
        using RocksDbQuadStore store = RocksDbQuadStore.Open(path);
        store.Load([Q("a", "p", "b"), Q("c", "p", "d", "g")]);

        store.Backup(copy);
        store.Load([Q("e", "p", "f")]);

        using RocksDbQuadStore restored = RocksDbQuadStore.Open(copy, createIfMissing: false);
        using IDatasetSnapshot snapshot = restored.OpenSnapshot();
        Assert.Equal(new HashSet<Quad> { Q("a", "p", "b"), Q("c", "p", "d", "g") }, snapshot.Match(QuadPattern.InAllGraphs()).ToHashSet());
    }

    [Fact]
    public void Backing_up_onto_an_existing_folder_is_refused()
    {
        using RocksDbQuadStore store = RocksDbQuadStore.Open(_folders.NewPath());
        string existing = _folders.NewPath();
        Directory.CreateDirectory(existing);

        IOException error = Assert.Throws<IOException>(() => store.Backup(existing));
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public void Opening_a_missing_store_without_create_names_the_folder()
    {
        string path = _folders.NewPath();

        IOException error = Assert.Throws<IOException>(() => RocksDbQuadStore.Open(path, createIfMissing: false));

        Assert.Contains(path, error.Message);
        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void A_store_open_in_one_place_cannot_be_opened_again_until_closed()
    {
        string path = _folders.NewPath();
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(path))
        {
            IOException error = Assert.Throws<IOException>(() => RocksDbQuadStore.Open(path));
            Assert.Contains("Cannot open the store", error.Message);
        }

        using RocksDbQuadStore again = RocksDbQuadStore.Open(path);
        using IDatasetSnapshot snapshot = again.OpenSnapshot();
        Assert.Equal(0, snapshot.Count);
    }

    [Fact]
    public void Snapshots_left_open_are_released_by_closing_the_store_and_then_refuse_reads()
    {
        RocksDbQuadStore store = RocksDbQuadStore.Open(_folders.NewPath());
        store.Load([Q("a", "p", "b")]);
        IDatasetSnapshot forgotten = store.OpenSnapshot();

        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => forgotten.Match(QuadPattern.InAllGraphs()).ToList());
        forgotten.Dispose();
    }

    public void Dispose() => _folders.Dispose();
}
