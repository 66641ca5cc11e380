using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl;
using KnowledgeGraph.Shacl.Report;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg validate DATA... --shapes SHAPES... [--format text|ttl|nt|…]</c>: validates the data files (merged into
/// one data graph) against the shapes files (merged into one shapes graph, kept in a store of its own) with SHACL
/// Core and SHACL-SPARQL. Prints the report as text or in any RDF format the format registry can write. Exit code
/// 0 when the data conforms, 1 when it does not, 5 when the shapes graph is ill-formed or validation fails.
/// </summary>
internal static class ValidateCommand
{
    private const int NotConforming = 1;
    private const int BadShapes = 5;

    public static Command Create()
    {
        var files = new Argument<string[]>("data") { Description = "RDF files holding the data graph (format from the extension, or --from).", Arity = ArgumentArity.OneOrMore };
        var shapesFiles = new Option<string[]>("--shapes", "-s") { Description = "RDF files holding the shapes graph.", Required = true, AllowMultipleArgumentsPerToken = true };
        var format = new Option<string?>("--format") { Description = "Report format: text (default), or an RDF format name or extension (ttl, nt, …)." };
        var time = new Option<bool>("--time") { Description = "Print load and validation times to stderr." };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var command = new Command("validate", "Validate RDF data against SHACL shapes (Core and SPARQL).")
        {
            files, shapesFiles, format, time, from, baseIri, lenient,
        };
        command.SetAction(result =>
        {
            string formatName = result.GetValue(format) ?? "text";
            RdfFormat? rdfFormat = formatName == "text" ? null : ReportFormat(formatName);
            var clock = Stopwatch.StartNew();
            using var dataStore = new InMemoryQuadStore();
            using var shapesStore = new InMemoryQuadStore();
            long dataCount = Load(dataStore, result.GetValue(files) ?? [], result, from, baseIri, lenient);
            Load(shapesStore, result.GetValue(shapesFiles) ?? [], result, from, baseIri, lenient);
            TimeSpan loaded = clock.Elapsed;
            ValidationReport report;
            using (IDatasetSnapshot shapesSnapshot = shapesStore.OpenSnapshot())
            using (IDatasetSnapshot dataSnapshot = dataStore.OpenSnapshot())
            {
                try
                {
                    report = new ShaclValidator().Validate(ShapesGraph.Parse(shapesSnapshot), dataSnapshot);
                }
                catch (ShapesGraphException error)
                {
                    throw new CliException("ill-formed shapes graph: " + error.Message, BadShapes);
                }
                catch (ShaclValidationException error)
                {
                    throw new CliException("validation failed: " + error.Message, BadShapes);
                }
            }
            if (result.GetValue(time))
            {
                Console.Error.WriteLine($"loaded {dataCount} data statements in {loaded.TotalSeconds:F2} s; validated in {(clock.Elapsed - loaded).TotalSeconds:F2} s; {report.Results.Count} results");
            }
            if (rdfFormat is null)
            {
                ReportTextWriter.Write(report, Console.Out);
            }
            else
            {
                var options = RdfWriterOptions.Default with
                {
                    Prefixes = [new("sh", Sh.Namespace), new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"), new("xsd", "http://www.w3.org/2001/XMLSchema#")],
                };
                rdfFormat.CreateWriter().Write(report.ToTriples().Select(static t => t.InDefaultGraph()), Console.Out, options);
            }
            Console.Out.Flush();
            return report.Conforms ? 0 : NotConforming;
        });
        return command;
    }

    /// <summary>Any format the registry can write, found by name, extension or media type, so new writers appear here by themselves.</summary>
    private static RdfFormat ReportFormat(string name)
    {
        RdfFormat format = RdfFormatRegistry.Default.FindByName(name)
            ?? RdfFormatRegistry.Default.FindByFileName("report." + name)
            ?? RdfFormatRegistry.Default.FindByMediaType(name)
            ?? throw new CliException($"unknown report format '{name}': use text or one of the RDF formats `kg formats` lists.");
        return format.CanWrite ? format : throw new CliException($"{format.Name} cannot be written.");
    }

    private static long Load(InMemoryQuadStore store, string[] paths, ParseResult result, Option<string?> from, Option<string?> baseIri, Option<bool> lenient) =>
        store.Load(Read(paths, result.GetValue(from), result.GetValue(baseIri), result.GetValue(lenient)));

    /// <summary>The files' statements, streamed into the store; named graphs are merged into the one graph SHACL validates.</summary>
    private static IEnumerable<Quad> Read(string[] paths, string? from, string? baseIri, bool lenient)
    {
        foreach (string path in paths)
        {
            using var session = new ReadSession(path, from, baseIri, lenient, progress: false);
            foreach (Quad quad in session.Quads())
            {
                yield return quad.Graph is null ? quad : quad with { Graph = null };
            }
            if (session.ErrorCount > 0)
            {
                Console.Error.WriteLine($"{path}: {session.ErrorCount} statement(s) with errors were skipped.");
            }
        }
    }
}
