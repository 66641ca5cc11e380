using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg update DATA (--update U.ru | -e TEXT)</c>: loads DATA, applies a SPARQL 1.1 Update request to it as one
/// atomic change, and writes the resulting dataset to --output (or to stdout in DATA's own format).
/// </summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("data") { Description = "The dataset to update (format from its extension; .gz is decompressed)." };
        var updateFile = new Option<string?>("--update", "-u") { Description = "File holding the SPARQL Update request." };
        var updateText = new Option<string?>("--expression", "-e") { Description = "The SPARQL Update request itself." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the result (format from its extension, or --to); default: stdout in DATA's format." };
        var to = new Option<string?>("--to", "-t") { Description = "Output format; default: from --output's extension, else DATA's format." };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var allowLoad = new Option<bool>("--allow-load") { Description = "Let LOAD read local file: IRIs (it is refused otherwise; there is never network access)." };
        var quiet = CommonOptions.Quiet();

        var command = new Command("update", "Apply a SPARQL 1.1 Update request to an RDF dataset and write the result.")
        {
            data, updateFile, updateText, output, to, from, baseIri, allowLoad, quiet,
        };
        command.SetAction(result =>
        {
            string dataPath = result.GetValue(data)!;
            string requestText = RequestText(result.GetValue(updateFile), result.GetValue(updateText), out string? requestBase);
            string? outPath = result.GetValue(output);

            SparqlUpdate update;
            try
            {
                update = SparqlParser.ParseUpdate(requestText, result.GetValue(baseIri) ?? requestBase);
            }
            catch (SparqlSyntaxException error)
            {
                throw new CliException($"syntax error in the update request at {error.Message}", exitCode: 1);
            }

            using var store = new InMemoryQuadStore();
            RdfFormat inFormat;
            IReadOnlyList<KeyValuePair<string, string>> prefixes;
            using (var session = new ReadSession(dataPath, result.GetValue(from), result.GetValue(baseIri), lenient: false, progress: false))
            {
                store.Load(session.Quads());
                inFormat = session.Format;
                prefixes = session.Prefixes;
            }

            UpdateResult changes;
            try
            {
                changes = new SparqlUpdateExecutor(new SparqlFunctionLibrary())
                    .Execute(update, store, new UpdateOptions { AllowLoad = result.GetValue(allowLoad) });
            }
            catch (SparqlUpdateException error)
            {
                throw new CliException(error.Message + " Nothing was changed.", exitCode: 1);
            }

            RdfFormat outFormat = result.GetValue(to) is not null || outPath is not null && outPath != "-"
                ? FormatChoice.Resolve(result.GetValue(to), outPath ?? "-", "output")
                : inFormat;
            if (!outFormat.CanWrite)
            {
                throw new CliException($"{outFormat.Name} cannot be written yet.");
            }
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            List<Quad> quads = snapshot.Match(QuadPattern.InAllGraphs()).ToList();
            if (!outFormat.SupportsNamedGraphs && quads.Any(q => q.Graph is not null))
            {
                throw new CliException($"The result has named graphs, which {outFormat.Name} cannot hold; write it as TriG or N-Quads (--output FILE.trig or --to trig).", exitCode: 1);
            }
            using (var writer = FileStreams.OpenOutput(outPath ?? "-"))
            {
                outFormat.CreateWriter().Write(quads, writer, new RdfWriterOptions { Prefixes = prefixes.ToList() });
            }
            if (!result.GetValue(quiet))
            {
                Console.Error.WriteLine($"{changes.Operations} operation(s): {changes.QuadsAdded} quad(s) added, {changes.QuadsRemoved} removed; {quads.Count} in the result.");
            }
            return 0;
        });
        return command;
    }

    private static string RequestText(string? file, string? text, out string? baseIri)
    {
        baseIri = null;
        if ((file is null) == (text is null))
        {
            throw new CliException("Give the update request either as a file (--update U.ru) or inline (-e \"...\"), not both or neither.");
        }
        if (text is not null)
        {
            return text;
        }
        baseIri = KnowledgeGraph.Rdf.Iris.FileIri.FromPath(Path.GetFullPath(file!));
        return File.ReadAllText(file!);
    }
}
