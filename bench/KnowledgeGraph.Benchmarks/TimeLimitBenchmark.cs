using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Checks that the query time limit stops queries that cannot finish, promptly: each runaway query (cross products of
/// the whole store with itself, consumed by streaming, counting, sorting and grouping, and a path closure) runs
/// with the limit, and the time until the engine gave up is printed with its overshoot. A small query afterwards
/// shows the engine is still usable. The target is an overshoot under 10% of the limit.
/// </summary>
internal static class TimeLimitBenchmark
{
    private static readonly (string Name, string Text, bool Stream)[] Runaways =
    [
        ("cross product, streamed", "SELECT * { ?a ?b ?c . ?d ?e ?f }", true),
        ("cross product, COUNT", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }", false),
        ("cross product, ORDER BY + LIMIT", "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1", false),
        ("cross product, GROUP BY", "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c", false),
        ("path closure over every node", "SELECT (COUNT(*) AS ?n) { ?x (<http://purl.org/dc/elements/1.1/creator>|^<http://purl.org/dc/elements/1.1/creator>)* ?y }", false),
    ];

    public static int Run(string dataPath, TimeSpan limit)
    {
        var format = RdfFormatRegistry.Default.FindByFileName(dataPath) ?? throw new ArgumentException("unknown data format");
        using var store = new InMemoryQuadStore();
        using (var stream = File.OpenRead(dataPath))
        {
            store.Load(format.CreateReader().Read(stream, RdfReaderOptions.Default));
        }
        using var snapshot = store.OpenSnapshot();
        var processor = new SparqlQueryProcessor();
        Console.WriteLine("| runaway query | limit s | stopped after s | overshoot | outcome | next query s |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|");
        foreach ((string name, string text, bool streamed) in Runaways)
        {
            var options = new QueryOptions { Timeout = limit };
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                long rows = streamed ? Drain(text, snapshot, options) : processor.Execute(text, snapshot, options).Results!.Solutions.Count;
                outcome = $"finished ({rows:N0} rows)";
            }
            catch (QueryTimeoutException)
            {
                outcome = "stopped by the limit";
            }
            double stopped = clock.Elapsed.TotalSeconds;
            GC.Collect();
            clock.Restart();
            int check = processor.Execute("SELECT * { ?s a ?type } LIMIT 10", snapshot).Results!.Solutions.Count;
            double next = clock.Elapsed.TotalSeconds;
            double overshoot = (stopped - limit.TotalSeconds) / limit.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {limit.TotalSeconds:F1} | {stopped:F2} | {overshoot:P1} | {outcome} | {next:F3} ({check} rows) |"));
        }
        return 0;
    }

    // Streams the solutions without keeping them, as a server writing results to a client would.
    private static long Drain(string text, IDatasetSnapshot snapshot, QueryOptions options)
    {
        var engine = new QueryEngine(new KnowledgeGraph.Sparql.Functions.SparqlFunctionLibrary());
        long rows = 0;
        foreach (var _ in engine.SelectStreaming(SparqlQueryProcessor.Prepare(text).Algebra, snapshot, options))
        {
            rows++;
        }
        return rows;
    }
}
