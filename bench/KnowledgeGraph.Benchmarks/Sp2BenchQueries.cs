using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Loads one data file into the in-memory store, then runs each SPARQL query file once with a time limit, printing a
/// Markdown row per query (rows, seconds, status). Load time and peak memory are printed after the table. The rows are
/// counted from a materialised result, as a user of the engine would get them.
/// </summary>
internal static class Sp2BenchQueries
{
    public static int Run(string dataPath, IReadOnlyList<string> queryPaths, TimeSpan timeout)
    {
        var format = RdfFormatRegistry.Default.FindByFileName(dataPath) ?? throw new ArgumentException("unknown data format");
        var clock = Stopwatch.StartNew();
        using var store = new InMemoryQuadStore();
        using (var stream = File.OpenRead(dataPath))
        {
            store.Load(format.CreateReader().Read(stream, RdfReaderOptions.Default));
        }
        double loadSeconds = clock.Elapsed.TotalSeconds;
        using var snapshot = store.OpenSnapshot();
        var processor = new SparqlQueryProcessor();
        Console.WriteLine("| query | rows | query s | status |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (string path in queryPaths)
        {
            string name = Path.GetFileNameWithoutExtension(path);
            clock.Restart();
            string rows;
            string status = "ok";
            try
            {
                var result = processor.Execute(File.ReadAllText(path), snapshot, new QueryOptions { Timeout = timeout });
                rows = result.Results is { } set
                    ? set.Boolean is bool answer ? answer.ToString().ToLowerInvariant() : set.Solutions.Count.ToString("N0", CultureInfo.InvariantCulture)
                    : (result.Triples?.Count ?? 0).ToString("N0", CultureInfo.InvariantCulture);
            }
            catch (QueryTimeoutException)
            {
                rows = "";
                status = $"timeout > {timeout.TotalSeconds:F0} s";
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                rows = "";
                status = "error: " + error.GetType().Name + ": " + error.Message.ReplaceLineEndings(" ");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows} | {clock.Elapsed.TotalSeconds:F2} | {status} |"));
        }
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Load: {snapshot.Count:N0} statements in {loadSeconds:F2} s; peak working set {peakMb:F0} MB."));
        return 0;
    }
}
