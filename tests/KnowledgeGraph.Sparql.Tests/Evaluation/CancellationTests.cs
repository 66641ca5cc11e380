using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using static KnowledgeGraph.Sparql.Tests.Evaluation.Q;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class CancellationTests
{
    private static readonly InMemoryQuadStore Data = Store(
        Enumerable.Range(0, 200).Select(static i => Triple(Ex("s" + i), Ex("p"), Int(i))).ToArray());

    // Three-way cross product: 8 million rows, far more than a test would ever wait for.
    private static readonly AlgebraOp Huge = new JoinOp(
        new JoinOp(Bgp(T(V("a"), Ex("p"), V("x"))), Bgp(T(V("b"), Ex("p"), V("y")))),
        Bgp(T(V("c"), Ex("p"), V("z"))));

    [Fact]
    public void A_cancelled_query_stops_with_operation_canceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var options = new QueryOptions { CancellationToken = cts.Token };
        Assert.ThrowsAny<OperationCanceledException>(() => Engine().Select(Huge, Data.OpenSnapshot(), options));
    }

    [Fact]
    public void Cancelling_while_streaming_stops_the_enumeration()
    {
        using var cts = new CancellationTokenSource();
        var options = new QueryOptions { CancellationToken = cts.Token };
        int seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Engine().SelectStreaming(Huge, Data.OpenSnapshot(), options))
            {
                if (++seen == 10)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.True(seen >= 10);
    }

    [Fact]
    public void A_query_past_its_time_limit_stops_with_a_timeout_and_the_engine_stays_usable()
    {
        QueryEngine engine = Engine();
        IDatasetSnapshot snapshot = Data.OpenSnapshot();
        var options = new QueryOptions { Timeout = TimeSpan.FromMilliseconds(50) };
        var error = Assert.Throws<QueryTimeoutException>(() => engine.Select(Huge, snapshot, options));
        Assert.Equal(TimeSpan.FromMilliseconds(50), error.Limit);
        Assert.Single(engine.Select(Bgp(T(Ex("s1"), Ex("p"), V("o"))), snapshot).Solutions);
    }

    [Fact]
    public void A_limit_stops_pulling_rows_so_a_huge_join_is_never_materialised()
    {
        // Four-way cross product (1.6 billion rows): only a streaming plan finishes before the generous time limit.
        AlgebraOp fourWay = new JoinOp(Huge, Bgp(T(V("d"), Ex("p"), V("w"))));
        var options = new QueryOptions { Timeout = TimeSpan.FromSeconds(60) };
        var result = Engine().Select(new SliceOp(fourWay, 0, 5), Data.OpenSnapshot(), options);
        Assert.Equal(5, result.Solutions.Count);
    }
}
