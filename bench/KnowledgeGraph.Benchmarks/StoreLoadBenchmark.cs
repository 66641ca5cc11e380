using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Loads a file into the in-memory store in one write batch and reports the load rate and the managed heap held by
/// the store per stored statement (heap after a full collection, with the store alive, minus the heap before).
/// </summary>
internal static class StoreLoadBenchmark
{
    public static int Run(string path)
    {
        var format = RdfFormatRegistry.Default.FindByFileName(path) ?? throw new ArgumentException("unknown input format");
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var store = new InMemoryQuadStore();
        using (var stream = File.OpenRead(path))
        using (var batch = store.BeginWrite())
        {
            foreach (var quad in format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = "http://example.org/base/" }))
            {
                batch.Add(quad);
            }
            batch.Commit();
        }
        double seconds = clock.Elapsed.TotalSeconds;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        using var snapshot = store.OpenSnapshot();
        long count = snapshot.Count;
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine("| statements | terms | load s (parse + index) | statements/s | managed bytes per statement | peak working set MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {count:N0} | {store.TermCount:N0} | {seconds:F2} | {count / seconds:N0} | {(after - before) / (double)count:F1} | {peakMb:F0} |"));
        GC.KeepAlive(store);
        return 0;
    }
}
