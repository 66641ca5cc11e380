using System.IO.Compression;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Rdf.RocksDb.Tests;

/// <summary>
/// The 17 SP2Bench queries over the genuine 5,223-triple SP2Bench sample (shared/bench, beside the W3C suites) give the
/// same answers on the RocksDB store as on the in-memory store: joins, OPTIONAL, FILTER, UNION, ORDER BY, ASK on real
/// data, through the planner's use of both stores' statistics and estimates.
/// </summary>
public sealed class Sp2BenchDifferentialTests(Sp2BenchDifferentialTests.Stores stores) : IClassFixture<Sp2BenchDifferentialTests.Stores>
{
    private static string BenchFolder => Path.Combine(Path.GetDirectoryName(W3cSuites.Root)!, "bench");

    public static TheoryData<string> Queries
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string file in Directory.EnumerateFiles(Path.Combine(BenchFolder, "sp2bench-queries"), "*.rq").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
            return data;
        }
    }

    [Fact]
    public void All_17_queries_are_found()
    {
        Assert.Equal(17, Queries.Count);
    }

    [Theory, MemberData(nameof(Queries))]
    public void A_query_answers_the_same_on_both_stores(string query)
    {
        string text = File.ReadAllText(Path.Combine(BenchFolder, "sp2bench-queries", query));

        Assert.Equal(Answer(stores.Memory, text), Answer(stores.Rocks, text));
    }

    private static List<string> Answer(IQuadStore store, string query)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        SparqlQueryResult result = new SparqlQueryProcessor().Execute(query, snapshot);
        if (result.Results is { IsBoolean: true } boolean)
        {
            return [boolean.Boolean!.Value.ToString()];
        }
        var rows = result.Results!.Solutions
            .Select(static s => string.Join(" ", s.Bindings.OrderBy(static b => b.Key, StringComparer.Ordinal).Select(static b => $"{b.Key}={b.Value}")))
            .ToList();
        return result.IsOrdered ? rows : [.. rows.Order(StringComparer.Ordinal)];
    }

    /// <summary>Both stores loaded once with the same parsed quads (so blank node labels agree).</summary>
    public sealed class Stores : IDisposable
    {
        private readonly TemporaryFolders _folders = new();

        public Stores()
        {
            using var file = File.OpenRead(Path.Combine(BenchFolder, "sp2b-5k-real.nt.gz"));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            List<Quad> quads = [.. KnownRdfFormats.NTriples.CreateReader().Read(gzip, RdfReaderOptions.Default)];
            Memory.Load(quads);
            Rocks = RocksDbQuadStore.Open(_folders.NewPath());
            Rocks.Load(quads);
        }

        public InMemoryQuadStore Memory { get; } = new();

        public RocksDbQuadStore Rocks { get; }

        public void Dispose()
        {
            Rocks.Dispose();
            Memory.Dispose();
            _folders.Dispose();
        }
    }
}
