using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg query DATA... (--query FILE | -e TEXT) [--format F] [--timeout S]</c>: loads RDF files into an in-memory
/// store and runs one SPARQL query. SELECT prints a table (or a results format), ASK prints yes/no, CONSTRUCT and
/// DESCRIBE print Turtle (or another RDF format).
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("data") { Description = "RDF files to query (format from the extension, or --from).", Arity = ArgumentArity.ZeroOrMore };
        var queryFile = new Option<string?>("--query", "-q") { Description = "A file holding the query." };
        var expression = new Option<string?>("--expression", "-e") { Description = "The query text itself." };
        var format = new Option<string?>("--format") { Description = "Output: table (default for SELECT/ASK), json, xml, csv, tsv; or an RDF format for CONSTRUCT/DESCRIBE (default turtle)." };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var command = new Command("query", "Run a SPARQL query over RDF files.")
        {
            files, queryFile, expression, format, timeout, from, baseIri, lenient,
        };
        command.SetAction(result =>
        {
            (string text, string? queryBase) = QueryText(result.GetValue(queryFile), result.GetValue(expression));
            using var store = new InMemoryQuadStore();
            foreach (string file in result.GetValue(files) ?? [])
            {
                using var session = new ReadSession(file, result.GetValue(from), result.GetValue(baseIri), result.GetValue(lenient), progress: false);
                store.Load(session.Quads());
                if (session.ErrorCount > 0)
                {
                    Console.Error.WriteLine($"{file}: {session.ErrorCount} statement(s) with errors were skipped.");
                }
            }

            SparqlQueryResult answer;
            try
            {
                using IDatasetSnapshot snapshot = store.OpenSnapshot();
                var options = new QueryOptions
                {
                    BaseIri = queryBase,
                    Timeout = result.GetValue(timeout) is double seconds ? TimeSpan.FromSeconds(seconds) : null,
                };
                answer = new SparqlQueryProcessor().Execute(text, snapshot, options);
            }
            catch (SparqlSyntaxException error)
            {
                throw new CliException("syntax error in the query: " + error.Message, 1);
            }
            catch (QueryTimeoutException error)
            {
                throw new CliException(error.Message, 4);
            }
            Print(answer, result.GetValue(format));
            return 0;
        });
        return command;
    }

    private static (string Text, string? BaseIri) QueryText(string? file, string? expression)
    {
        if ((file is null) == (expression is null))
        {
            throw new CliException("give the query either with --query FILE or with -e TEXT.");
        }
        if (expression is not null)
        {
            return (expression, null);
        }
        using var reader = new StreamReader(FileStreams.OpenInput(file!));
        // A relative IRI in a query file resolves against the file itself, as for data files.
        return (reader.ReadToEnd(), file == "-" ? null : FileIri.FromPath(Path.GetFullPath(file!)));
    }

    private static void Print(SparqlQueryResult answer, string? formatName)
    {
        if (answer.Results is { } results)
        {
            if (formatName is null or "table")
            {
                if (results.Boolean is bool yes)
                {
                    Console.Out.WriteLine(yes ? "yes" : "no");
                    return;
                }
                // The table writer ends with its own row count.
                ((ISparqlResultWriter)new SparqlResultTableWriter()).WriteSelect(results.Variables, results.Solutions, Console.Out);
                return;
            }
            SparqlResultFormat format = SparqlResultFormatRegistry.Default.FindByName(formatName)
                ?? throw new CliException($"unknown results format '{formatName}' (table, json, xml, csv, tsv).");
            ISparqlResultWriter writer = format.CreateWriter();
            try
            {
                writer.Write(results, Console.Out);
            }
            catch (NotSupportedException)
            {
                throw new CliException($"{format.Name} cannot hold an ASK answer; use table, json or xml.");
            }
            return;
        }
        RdfFormat graphFormat = RdfFormatRegistry.Default.FindByName(formatName ?? "turtle")
            ?? RdfFormatRegistry.Default.FindByFileName("x." + formatName)
            ?? throw new CliException($"unknown RDF format '{formatName}'.");
        graphFormat.CreateWriter().Write(answer.Triples!.Select(static t => t.InDefaultGraph()), Console.Out, RdfWriterOptions.Default);
        Console.Out.Flush();
    }
}
