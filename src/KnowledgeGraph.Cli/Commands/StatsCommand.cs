using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats FILE...</c>: counts statements, distinct subjects, predicates, objects, graphs and terms.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "RDF files (or - for stdin with --from).", Arity = ArgumentArity.OneOrMore };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var progress = CommonOptions.Progress();
        var quiet = CommonOptions.Quiet();
        var command = new Command("stats", "Count triples, subjects, predicates, objects, graphs and distinct terms.")
        {
            files, from, baseIri, lenient, progress, quiet,
        };
        command.SetAction(result =>
        {
            using var counter = new StatisticsCounter();
            foreach (string file in result.GetValue(files)!)
            {
                using var session = new ReadSession(file, result.GetValue(from), result.GetValue(baseIri),
                    result.GetValue(lenient), CommonOptions.WantsProgress(result, progress, quiet));
                foreach (var quad in session.Quads())
                {
                    counter.Add(quad);
                }
                session.Progress.Finish();
                if (session.ErrorCount > 0)
                {
                    Console.Error.WriteLine($"{file}: {session.ErrorCount} statement(s) with errors were skipped.");
                }
            }
            counter.Print(Console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Loads the statements into the in-memory store (a dataset is a set, so duplicates count once) and reads its
    /// statistics; the store's dictionary encoding keeps this compact on big files.
    /// </summary>
    private sealed class StatisticsCounter : IDisposable
    {
        private readonly InMemoryQuadStore _store = new();
        private readonly IQuadWriteBatch _batch;
        private long _read;

        public StatisticsCounter() => _batch = _store.BeginWrite();

        public void Add(Quad quad)
        {
            _read++;
            _batch.Add(quad);
        }

        public void Print(TextWriter output)
        {
            _batch.Commit();
            using var snapshot = _store.OpenSnapshot();
            var statistics = snapshot.Statistics;
            Line(output, "statements read", _read);
            Line(output, "distinct statements", statistics.QuadCount);
            Line(output, "subjects", statistics.DistinctSubjects);
            Line(output, "predicates", statistics.PredicateCounts.Count);
            Line(output, "objects", statistics.DistinctObjects);
            Line(output, "named graphs", snapshot.NamedGraphs.Count());
            Line(output, "distinct terms", _store.TermCount);
        }

        public void Dispose()
        {
            _batch.Dispose();
            _store.Dispose();
        }

        private static void Line(TextWriter output, string label, long value) =>
            output.WriteLine($"{label,-20} {value.ToString("N0", CultureInfo.InvariantCulture),15}");
    }
}
