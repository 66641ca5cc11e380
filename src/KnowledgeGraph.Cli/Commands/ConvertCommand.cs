using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert IN OUT</c>: reads RDF in one syntax and writes it in another, streaming where the output allows.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "Input file, or - for stdin (.gz is decompressed)." };
        var output = new Argument<string>("output") { Description = "Output file, or - for stdout (.gz is compressed)." };
        var from = CommonOptions.From();
        var to = new Option<string?>("--to", "-t") { Description = "Output format; default: from the output file extension." };
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var strict = CommonOptions.Strict();
        var canonical = new Option<bool>("--canonical", "-c") { Description = "Canonical N-Triples/N-Quads: canonical blank-node labels, escapes and order, so isomorphic inputs give identical files; sorted subjects in pretty formats." };
        var prefix = new Option<string[]>("--prefix", "-p") { Description = "Extra prefix for pretty output, as name=IRI (repeatable).", AllowMultipleArgumentsPerToken = false };
        var context = new Option<string?>("--context") { Description = "JSON-LD output: compact with the context in this file (a context, or a document with @context)." };
        var contextMap = new Option<string[]>("--context-map") { Description = "JSON-LD: read the context at URL (or every URL under a prefix ending in /) from a local FILE or folder, as URL=FILE (repeatable). Remote contexts are never fetched.", AllowMultipleArgumentsPerToken = false };
        var progress = CommonOptions.Progress();
        var quiet = CommonOptions.Quiet();

        var command = new Command("convert", "Convert RDF between N-Triples, N-Quads, Turtle, TriG, RDF/XML and JSON-LD.")
        {
            input, output, from, to, baseIri, lenient, strict, canonical, prefix, context, contextMap, progress, quiet,
        };
        command.SetAction(result =>
        {
            string inPath = result.GetValue(input)!;
            string outPath = result.GetValue(output)!;
            var outFormat = FormatChoice.Resolve(result.GetValue(to), outPath, "output");
            if (!outFormat.CanWrite)
            {
                throw new CliException($"{outFormat.Name} cannot be written yet.");
            }
            bool isLenient = result.GetValue(lenient) && !result.GetValue(strict);
            string? contextFile = result.GetValue(context);
            var jsonLdOptions = JsonLdOptions.Default with { DocumentLoader = Loader(result.GetValue(contextMap) ?? [], contextFile) };
            if (contextFile is not null && outFormat != KnownRdfFormats.JsonLd)
            {
                throw new CliException("--context applies to JSON-LD output only.");
            }
            using var session = new ReadSession(inPath, result.GetValue(from), result.GetValue(baseIri), isLenient,
                CommonOptions.WantsProgress(result, progress, quiet),
                format => format == KnownRdfFormats.JsonLd ? new JsonLdReader(jsonLdOptions) : null);
            if (session.Format.SupportsNamedGraphs && !outFormat.SupportsNamedGraphs)
            {
                Console.Error.WriteLine($"note: {outFormat.Name} has no named graphs; a statement in a named graph will stop the conversion.");
            }

            IEnumerable<Quad> quads = session.Quads();
            bool streams = outFormat == KnownRdfFormats.NTriples || outFormat == KnownRdfFormats.NQuads;
            if (result.GetValue(canonical) && streams)
            {
                // Canonical blank-node labels make isomorphic inputs print identically, so `diff` works on the output.
                quads = BlankNodeCanonicalizer.Canonicalize(quads);
            }
            else if (!streams)
            {
                // Pretty writers group by subject, so they need every statement first; reading first also means the
                // input's own prefixes are known before the header is written.
                quads = quads.ToList();
            }
            var writerOptions = new RdfWriterOptions
            {
                Canonical = result.GetValue(canonical),
                BaseIri = result.GetValue(baseIri),
                Prefixes = MergePrefixes(session.Prefixes, result.GetValue(prefix) ?? []),
            };
            using (var writer = FileStreams.OpenOutput(outPath))
            {
                var rdfWriter = outFormat == KnownRdfFormats.JsonLd
                    ? new JsonLdWriter(contextFile is null ? null : ReadContext(contextFile), jsonLdOptions)
                    : outFormat.CreateWriter();
                rdfWriter.Write(quads, writer, writerOptions);
            }
            session.Progress.Finish();
            if (session.ErrorCount > 0)
            {
                Console.Error.WriteLine($"{session.ErrorCount} statement(s) with errors were skipped.");
            }
            return 0;
        });
        return command;
    }

    private static string ReadContext(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"context file not found: {path}");
        }
        return File.ReadAllText(path);
    }

    /// <summary>
    /// The JSON-LD document loader: only what --context-map names, plus the --context file's own folder (so a context
    /// that refers to a sibling context file by a relative reference works). Nothing is fetched from the network.
    /// </summary>
    private static MappedDocumentLoader Loader(string[] maps, string? contextFile)
    {
        var mappings = new List<KeyValuePair<string, string>>();
        foreach (string spec in maps)
        {
            int equals = spec.IndexOf('=');
            if (equals <= 0)
            {
                throw new CliException($"--context-map expects URL=FILE, got '{spec}'.");
            }
            mappings.Add(new(spec[..equals], Path.GetFullPath(spec[(equals + 1)..])));
        }
        if (contextFile is not null)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(contextFile))!;
            mappings.Add(new(FileIri.FromPath(folder).TrimEnd('/') + "/", folder + Path.DirectorySeparatorChar));
        }
        return new MappedDocumentLoader(mappings);
    }

    private static List<KeyValuePair<string, string>> MergePrefixes(IReadOnlyList<KeyValuePair<string, string>> fromInput, string[] fromCommandLine)
    {
        var merged = fromInput.ToList();
        foreach (string spec in fromCommandLine)
        {
            int equals = spec.IndexOf('=');
            if (equals < 0)
            {
                throw new CliException($"--prefix expects name=IRI, got '{spec}'.");
            }
            string name = spec[..equals].TrimEnd(':');
            merged.RemoveAll(p => p.Key == name);
            merged.Add(new(name, spec[(equals + 1)..]));
        }
        return merged;
    }
}
