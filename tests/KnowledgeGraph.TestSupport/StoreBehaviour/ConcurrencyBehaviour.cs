using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class ConcurrencyBehaviour : StoreBehaviour
{
    private const int QuadsPerCommit = 50;

    [Fact]
    public async Task Concurrent_readers_during_writes_each_see_a_whole_number_of_commits()
    {
        using IQuadStore store = NewStore();
        var predicate = new Iri("http://example.org/p");
        using var done = new CancellationTokenSource();

        Task writer = Task.Run(() =>
        {
            for (int commit = 0; commit < 200; commit++)
            {
                using IQuadWriteBatch batch = store.BeginWrite();
                for (int i = 0; i < QuadsPerCommit; i++)
                {
                    // Every commit adds fresh terms, so readers race with dictionary growth as well.
                    batch.Add(new Quad(new Iri($"http://example.org/s{commit}/{i}"), predicate, Literal.Simple($"v{commit}"), commit % 2 == 0 ? null : new Iri($"http://example.org/g{commit % 5}")));
                }
                if (commit >= 100)
                {
                    int old = commit - 100;
                    for (int i = 0; i < QuadsPerCommit; i++)
                    {
                        batch.Remove(new Quad(new Iri($"http://example.org/s{old}/{i}"), predicate, Literal.Simple($"v{old}"), old % 2 == 0 ? null : new Iri($"http://example.org/g{old % 5}")));
                    }
                }
                batch.Commit();
            }
            done.Cancel();
        });

        var observedCounts = new List<long>();
        Task[] readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var seen = new List<long>();
            do
            {
                using IDatasetSnapshot snapshot = store.OpenSnapshot();
                long count = snapshot.Count;
                Assert.Equal(0, count % QuadsPerCommit);
                Assert.Equal(count, snapshot.Match(QuadPattern.InAllGraphs()).LongCount());
                Assert.Equal(count, snapshot.MatchIds(new QuadIdPattern(null, null, null, GraphScope.AllGraphs)).LongCount());
                if (snapshot.TryGetTermId(predicate, out TermId p))
                {
                    Assert.Equal(count, snapshot.EstimateCount(new QuadIdPattern(null, p, null, GraphScope.AllGraphs)));
                }
                seen.Add(count);
            }
            while (!done.IsCancellationRequested);
            lock (observedCounts)
            {
                observedCounts.AddRange(seen);
            }
        })).ToArray();

        await writer;
        await Task.WhenAll(readers);

        Assert.Equal(100 * QuadsPerCommit, store.OpenSnapshot().Count);
        Assert.NotEmpty(observedCounts);
    }
}
