using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg dump STORE [--format nq] [-o FILE]</c>: writes every quad of a persistent store (one consistent snapshot) in
/// any writable format; N-Quads by default, streamed. A format without named graphs refuses a store that has some.
/// </summary>
internal static class DumpCommand
{
    public static Command Create()
    {
        var store = new Argument<string>("store") { Description = "The store folder." };
        var format = new Option<string?>("--format", "-f") { Description = "Output format (name, extension or media type); default: from -o's extension, else N-Quads." };
        var output = new Option<string>("--output", "-o") { Description = "Output file (.gz is compressed); default: stdout.", DefaultValueFactory = _ => "-" };
        var command = new Command("dump", "Write the whole content of a persistent store as RDF.") { store, format, output };
        command.SetAction(result =>
        {
            string outPath = result.GetValue(output)!;
            RdfFormat outFormat = result.GetValue(format) is null && outPath == "-"
                ? KnownRdfFormats.NQuads
                : FormatChoice.Resolve(result.GetValue(format), outPath, "output");
            if (!outFormat.CanWrite)
            {
                throw new CliException($"{outFormat.Name} cannot be written yet.");
            }
            using RocksDbQuadStore quadStore = RocksDbQuadStore.Open(result.GetValue(store)!, createIfMissing: false);
            using IDatasetSnapshot snapshot = quadStore.OpenSnapshot();
            if (!outFormat.SupportsNamedGraphs && snapshot.NamedGraphIds.Any())
            {
                throw new CliException($"The store has named graphs, which {outFormat.Name} cannot hold; dump as N-Quads or TriG.");
            }
            IEnumerable<Quad> quads = snapshot.Match(QuadPattern.InAllGraphs());
            if (outFormat != KnownRdfFormats.NQuads && outFormat != KnownRdfFormats.NTriples)
            {
                quads = quads.ToList(); // pretty writers group statements, so they need them all first
            }
            using TextWriter writer = FileStreams.OpenOutput(outPath);
            outFormat.CreateWriter().Write(quads, writer, new RdfWriterOptions());
            return 0;
        });
        return command;
    }
}
