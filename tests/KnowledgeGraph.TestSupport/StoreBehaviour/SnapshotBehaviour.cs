using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.TestSupport.StoreBehaviour.StoreTerms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class SnapshotBehaviour : StoreBehaviour
{
    [Fact]
    public void Snapshot_does_not_see_writes_committed_after_it_was_taken()
    {
        using IQuadStore store = NewStore();
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            batch.Add(Q("a", "p", "b"));
            batch.Add(Q("c", "p", "d", "g"));
            batch.Commit();
        }
        IDatasetSnapshot before = store.OpenSnapshot();

        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            batch.Add(Q("e", "p", "f"));
            batch.Remove(Q("a", "p", "b"));
            batch.ClearGraph(I("g"));
            batch.Commit();
        }

        Assert.Equal(new HashSet<Quad> { Q("a", "p", "b"), Q("c", "p", "d", "g") }, before.Match(QuadPattern.InAllGraphs()).ToHashSet());
        Assert.Equal([I("g")], before.NamedGraphs);
        Assert.Equal([Q("e", "p", "f")], store.OpenSnapshot().Match(QuadPattern.InAllGraphs()));
    }

    [Fact]
    public void Uncommitted_writes_are_invisible_to_snapshots()
    {
        using IQuadStore store = NewStore();
        using IQuadWriteBatch batch = store.BeginWrite();
        batch.Add(Q("a", "p", "b"));

        IDatasetSnapshot during = store.OpenSnapshot();

        Assert.Equal(0, during.Count);
        Assert.Empty(during.Match(QuadPattern.InAllGraphs(I("a"))));
    }

    [Fact]
    public void Many_small_commits_then_large_ones_agree_with_a_model_across_delta_merges()
    {
        using IQuadStore store = NewStore();
        var model = new HashSet<Quad>();
        var random = new Random(12345);
        for (int round = 0; round < 30; round++)
        {
            int operations = round % 10 == 9 ? 6000 : 150;
            using IQuadWriteBatch batch = store.BeginWrite();
            for (int i = 0; i < operations; i++)
            {
                var quad = new Quad(I("s" + random.Next(300)), I("p" + random.Next(5)), I("o" + random.Next(40)), random.Next(4) == 0 ? I("g") : null);
                if (random.Next(3) == 0)
                {
                    batch.Remove(quad);
                    model.Remove(quad);
                }
                else
                {
                    batch.Add(quad);
                    model.Add(quad);
                }
            }
            batch.Commit();
        }

        IDatasetSnapshot snapshot = store.OpenSnapshot();
        Assert.Equal(model.Count, snapshot.Count);
        Assert.True(model.SetEquals(snapshot.Match(QuadPattern.InAllGraphs())));
        foreach (Iri p in Enumerable.Range(0, 5).Select(i => I("p" + i)))
        {
            Assert.True(model.Where(q => q.Predicate.Equals(p) && q.Graph is null).ToHashSet().SetEquals(snapshot.Match(QuadPattern.InDefaultGraph(predicate: p))));
        }
        foreach (Iri o in Enumerable.Range(0, 40).Select(i => I("o" + i)))
        {
            Assert.True(model.Where(q => q.Object.Equals(o)).ToHashSet().SetEquals(snapshot.Match(QuadPattern.InAllGraphs(obj: o))));
        }
    }
}
