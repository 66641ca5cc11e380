using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;

// Throughput benchmarks, run by bench/parse-bench.sh beside the peer tools on the same files.
// Each prints one Markdown table row; the script assembles docs/benchmarks.md.
//   generate N OUT            write N generated statements (format from OUT's extension)
//   parse FILE [RUNS]         read FILE with our reader, discarding statements; best of RUNS
//   write FILE FORMAT [RUNS]  read FILE into memory once, then time writing it as FORMAT to a null stream
//   load FILE                 load FILE into the in-memory store: statements/s and bytes of managed memory per statement
//   sparql DATA SECONDS Q...  load DATA, then run each query file with a time limit of SECONDS
//   timelimit DATA SECONDS    load DATA, then check that runaway queries stop within 10% of a SECONDS limit
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: generate N OUT | parse FILE [RUNS] | write FILE FORMAT [RUNS] | load FILE");
    return 2;
}
var formats = RdfFormatRegistry.Default;
switch (args[0])
{
    case "generate":
    {
        int count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var format = formats.FindByFileName(args[2]) ?? throw new ArgumentException("unknown output format");
        using var writer = new StreamWriter(args[2], false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        format.CreateWriter().Write(SyntheticDataset.Generate(count), writer, RdfWriterOptions.Default);
        return 0;
    }
    case "parse":
    {
        var format = formats.FindByFileName(args[1]) ?? throw new ArgumentException("unknown input format");
        int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var (count, seconds) = Best(runs, () =>
        {
            using var stream = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            long n = 0;
            foreach (var _ in format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = "http://example.org/base/" }))
            {
                n++;
            }
            return n;
        });
        Row($"parse {format.Name}", count, seconds);
        return 0;
    }
    case "write":
    {
        var input = formats.FindByFileName(args[1]) ?? throw new ArgumentException("unknown input format");
        var output = formats.FindByName(args[2]) ?? throw new ArgumentException("unknown output format");
        int runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        List<Quad> quads;
        using (var stream = File.OpenRead(args[1]))
        {
            quads = input.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = "http://example.org/base/" }).ToList();
        }
        var (count, seconds) = Best(runs, () =>
        {
            using var writer = new StreamWriter(Stream.Null, new System.Text.UTF8Encoding(false), 1 << 16);
            output.CreateWriter().Write(quads, writer, RdfWriterOptions.Default);
            return quads.Count;
        });
        Row($"write {output.Name}", count, seconds);
        return 0;
    }
    case "load":
        return StoreLoadBenchmark.Run(args[1]);
    case "sparql":
        // sparql DATA TIMEOUT_SECONDS QUERY.rq...
        return Sp2BenchQueries.Run(args[1], args[3..], TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)));
    case "timelimit":
        return TimeLimitBenchmark.Run(args[1], TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)));
    default:
        Console.Error.WriteLine($"unknown benchmark '{args[0]}'");
        return 2;
}

static (long Count, double Seconds) Best(int runs, Func<long> body)
{
    long count = 0;
    double best = double.MaxValue;
    for (int i = 0; i < runs; i++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        count = body();
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }
    return (count, best);
}

static void Row(string what, long count, double seconds)
{
    double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| KnowledgeGraph {what} (in process, best run) | {count:N0} | {seconds:F2} | {count / seconds:N0} | {peakMb:F0} |"));
}
