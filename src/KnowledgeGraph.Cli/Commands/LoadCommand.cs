using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg load STORE FILES...</c>: bulk-loads RDF files (any format the registry reads, chosen by extension; quads go
/// into their graphs) into a persistent store, creating it when missing. Each chunk of statements is one durable
/// commit, so an interrupted load keeps every chunk that finished and can simply be run again (the store is a set).
/// The store is compacted at the end.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var store = new Argument<string>("store") { Description = "The store folder (created when missing)." };
        var files = new Argument<string[]>("file") { Description = "RDF files to load (.gz is decompressed).", Arity = ArgumentArity.OneOrMore };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var strict = CommonOptions.Strict();
        var graph = new Option<string?>("--graph", "-g") { Description = "Load every statement into this named graph (an IRI) instead of the graphs the files give." };
        var chunk = new Option<int>("--chunk") { Description = "Statements per commit (default 200000).", DefaultValueFactory = _ => 200_000 };
        var noCompact = new Option<bool>("--no-compact") { Description = "Skip the compaction that follows the load (it makes the store smaller and faster to read)." };
        var progress = CommonOptions.Progress();
        var quiet = CommonOptions.Quiet();
        var command = new Command("load", "Load RDF files into a persistent (RocksDB) store, creating it when missing.")
        {
            store, files, from, baseIri, lenient, strict, graph, chunk, noCompact, progress, quiet,
        };
        command.SetAction(result =>
        {
            int chunkSize = result.GetValue(chunk) is > 0 and var size ? size : throw new CliException("--chunk must be a positive number of statements.");
            Iri? target = result.GetValue(graph) is { } graphIri ? ParseGraph(graphIri) : null;
            bool showProgress = CommonOptions.WantsProgress(result, progress, quiet);
            using RocksDbQuadStore quadStore = RocksDbQuadStore.Open(result.GetValue(store)!);
            long before = Count(quadStore);
            foreach (string file in result.GetValue(files)!)
            {
                using var session = new ReadSession(file, result.GetValue(from), result.GetValue(baseIri),
                    result.GetValue(lenient) && !result.GetValue(strict), showProgress);
                IEnumerable<Quad> quads = session.Quads();
                if (target is not null)
                {
                    quads = quads.Select(q => q with { Graph = target });
                }
                foreach (Quad[] part in quads.Chunk(chunkSize))
                {
                    using IQuadWriteBatch batch = quadStore.BeginWrite();
                    foreach (Quad quad in part)
                    {
                        batch.Add(quad);
                    }
                    batch.Commit();
                }
                session.Progress.Finish();
                if (session.ErrorCount > 0)
                {
                    Console.Error.WriteLine($"{file}: {session.ErrorCount} statement(s) with errors were skipped.");
                }
                Console.Error.WriteLine($"loaded {file} ({session.Progress.Count.ToString("N0", CultureInfo.InvariantCulture)} statements read)");
            }
            if (!result.GetValue(noCompact))
            {
                Console.Error.WriteLine("compacting...");
                quadStore.Compact();
            }
            long after = Count(quadStore);
            Console.Error.WriteLine($"{quadStore.Directory}: {after.ToString("N0", CultureInfo.InvariantCulture)} quads ({(after - before).ToString("N0", CultureInfo.InvariantCulture)} new)");
            return 0;
        });
        return command;
    }

    private static long Count(IQuadStore store)
    {
        using IDatasetSnapshot snapshot = store.OpenSnapshot();
        return snapshot.Count;
    }

    private static Iri ParseGraph(string text)
    {
        try
        {
            return new Iri(text);
        }
        catch (ArgumentException error)
        {
            throw new CliException($"--graph needs an absolute IRI: {error.Message}");
        }
    }
}
