namespace KnowledgeGraph.Benchmarks;

/// <summary>Loads a file into the in-memory store and reports load rate and managed bytes per stored statement.</summary>
internal static class StoreLoadBenchmark
{
    public static int Run(string path)
    {
        Console.Error.WriteLine($"store load benchmark not wired yet for {path}");
        return 2;
    }
}
