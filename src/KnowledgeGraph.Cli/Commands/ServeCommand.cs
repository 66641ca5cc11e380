using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.RocksDb;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg serve [FILES...] [--data DIR] [--store STORE | --sparql-endpoint URL [--default-graph IRI]] [--urls URL] [--base IRI]</c>: loads the graph (by default every RDF
/// file that <c>kg build</c> wrote to <c>out/</c>) into memory, or opens a persistent store, and serves it as linked data
/// with a SPARQL endpoint until stopped. With a store, updates are written to it (durably) and the store is served as
/// it is: its content is not mixed with files or vocabularies (load those into it with <c>kg load</c>). With a remote
/// SPARQL endpoint, pages read the remote dataset with queries and <c>/sparql</c> forwards queries to it.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "RDF files to serve (instead of --data).", Arity = ArgumentArity.ZeroOrMore };
        var storePath = new Option<string?>("--store") { Description = "Serve a persistent store (made by kg load) instead of loading files into memory." };
        var data = new Option<string>("--data") { Description = "A folder whose RDF files are served (default: out, as kg build writes it).", DefaultValueFactory = _ => "out" };
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:8080).", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var baseIri = new Option<string>("--base") { Description = "The base IRI of the published resources; request path /p serves {base}p.", DefaultValueFactory = _ => new ServerOptions().BaseIri };
        var timeout = new Option<double>("--timeout") { Description = "Time limit of one SPARQL query in seconds (default 30).", DefaultValueFactory = _ => 30 };
        var maxRows = new Option<int>("--max-rows") { Description = "Most results one query may return (default 100000).", DefaultValueFactory = _ => 100_000 };
        var ontology = new Option<string>("--ontology") { Description = "A folder of vocabulary files (*.ttl) served beside the data so pages can label properties (default ontology).", DefaultValueFactory = _ => "ontology" };
        var labels = new Option<string[]>("--label") { Description = "A label property (full IRI), most preferred first; repeatable (default rdfs:label, schema:name, skos:prefLabel, foaf:name, dcterms:title...).", AllowMultipleArgumentsPerToken = false };
        var language = new Option<string>("--lang") { Description = "The language whose labels pages prefer (default en).", DefaultValueFactory = _ => "en" };
        var sparqlEndpoint = new Option<string?>("--sparql-endpoint") { Description = "Serve a dataset held by another store: pages, VoID and OAI-PMH read it with SPARQL queries, and /sparql forwards queries to it." };
        var defaultGraph = new Option<string?>("--default-graph") { Description = "With --sparql-endpoint: the graph sent as default-graph-uri (Virtuoso's default graph is otherwise every graph)." };
        var examples = new Option<string>("--examples") { Description = "A folder of example queries (*.rq) for the query page (default docs/queries).", DefaultValueFactory = _ => Path.Combine("docs", "queries") };
        var command = new Command("serve", "Serve the graph as linked data (content negotiation, HTML pages) with a SPARQL 1.1 endpoint.")
        {
            files, data, storePath, urls, baseIri, timeout, maxRows, examples, ontology, labels, language, sparqlEndpoint, defaultGraph,
        };
        command.SetAction(async (result, cancellation) =>
        {
            Uri? remote = result.GetValue(sparqlEndpoint) is { } endpointText ? RemoteEndpoint(endpointText, result.GetValue(storePath), result.GetValue(files)) : null;
            var options = new ServerOptions
            {
                SparqlProxy = remote,
                SparqlProxyDefaultGraph = result.GetValue(defaultGraph),
                BaseIri = result.GetValue(baseIri)!,
                QueryTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                MaxResultRows = result.GetValue(maxRows),
                // The token comes from the environment, never the command line, where other users could read it.
                UpdateToken = Environment.GetEnvironmentVariable("KG_UPDATE_TOKEN") is { Length: > 0 } token ? token : null,
                ExampleQueries = ExampleQueries(result.GetValue(examples)!),
                Labels = new LabelPolicy(
                    result.GetValue(labels) is { Length: > 0 } labelIris ? labelIris.Select(ParseIri).ToList() : LabelPolicy.Default.Properties,
                    result.GetValue(language)!),
                JsonLdContext = Path.Combine(result.GetValue(ontology)!, "context.jsonld") is var contextFile && File.Exists(contextFile) ? File.ReadAllText(contextFile) : null,
            };
            using IQuadStore store = remote is not null
                ? new RemoteSparqlStore(remote, result.GetValue(defaultGraph) is { } graphIri ? new KnowledgeGraph.Rdf.Terms.Iri(graphIri) : null)
                : result.GetValue(storePath) is { } persistent
                ? OpenStore(persistent, result.GetValue(files))
                : LoadIntoMemory(result.GetValue(files) is { Length: > 0 } given ? given : DataFiles(result.GetValue(data)!), result.GetValue(ontology)!, options.BaseIri);
            await using WebApplication app = KnowledgeGraphServer.Create(options, store, builder => builder.WebHost.UseUrls(result.GetValue(urls)!));
            using (IDatasetSnapshot snapshot = store.OpenSnapshot())
            {
                long count;
                try
                {
                    count = snapshot.Count;
                }
                catch (RemoteStoreException error)
                {
                    // Checked before listening: a server whose every page would fail is no use.
                    throw new CliException("the remote SPARQL endpoint does not answer: " + error.Message, 5);
                }
                Console.Error.WriteLine($"serving {count:N0} statements as <{options.BaseIri}...> at {result.GetValue(urls)} (Ctrl+C stops)");
            }
            await app.StartAsync(cancellation).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Uri RemoteEndpoint(string text, string? store, string[]? files)
    {
        if (store is not null || files is { Length: > 0 })
        {
            throw new CliException("--sparql-endpoint serves the remote dataset alone; drop --store and the files.");
        }
        return Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new CliException($"--sparql-endpoint must be an absolute http(s) URL, not '{text}'.");
    }

    private static RocksDbQuadStore OpenStore(string path, string[]? files)
    {
        if (files is { Length: > 0 })
        {
            throw new CliException("--store serves the store as it is; load files into it with kg load first.");
        }
        RocksDbQuadStore store = RocksDbQuadStore.Open(path, createIfMissing: false);
        Console.Error.WriteLine($"opened store {store.Directory}");
        return store;
    }

    private static InMemoryQuadStore LoadIntoMemory(string[] inputs, string ontology, string baseIri)
    {
        var store = new InMemoryQuadStore();
        foreach (string file in inputs)
        {
            using var session = new ReadSession(file, null, null, lenient: false, progress: false);
            store.Load(session.Quads());
            Console.Error.WriteLine($"loaded {file}");
        }
        LoadVocabularies(store, ontology, baseIri);
        return store;
    }

    /// <summary>
    /// The example queries of a folder: each *.rq file, titled by its first comment line (else its file name).
    /// </summary>
    private static List<(string Title, string Query)> ExampleQueries(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(folder, "*.rq").Order(StringComparer.Ordinal).Select(static file =>
        {
            string text = File.ReadAllText(file);
            string? comment = text.Split('\n').FirstOrDefault(static l => l.StartsWith('#'))?.TrimStart('#', ' ').Trim();
            return (string.IsNullOrEmpty(comment) ? Path.GetFileNameWithoutExtension(file) : comment, text);
        }).ToList();
    }

    /// <summary>
    /// Loads the vocabulary files into their own named graph (<c>{base}graph/vocabulary</c>), so the labels and
    /// definitions of the ontology's terms are served with the data without mixing into its default graph.
    /// </summary>
    private static void LoadVocabularies(InMemoryQuadStore store, string folder, string baseIri)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        var graph = new KnowledgeGraph.Rdf.Terms.Iri(baseIri.TrimEnd('/') + "/graph/vocabulary");
        foreach (string file in Directory.EnumerateFiles(folder, "*.ttl").Order(StringComparer.Ordinal))
        {
            using var session = new ReadSession(file, null, null, lenient: false, progress: false);
            store.Load(session.Quads().Select(q => q with { Graph = graph }));
            Console.Error.WriteLine($"loaded vocabulary {file}");
        }
    }

    private static KnowledgeGraph.Rdf.Terms.Iri ParseIri(string text)
    {
        try
        {
            return new KnowledgeGraph.Rdf.Terms.Iri(text);
        }
        catch (ArgumentException error)
        {
            throw new CliException($"--label needs a full IRI such as http://www.w3.org/2000/01/rdf-schema#label: {error.Message}");
        }
    }

    private static string[] DataFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"No data folder '{folder}': run `kg build` first, or give RDF files or --data.");
        }
        var registry = RdfFormatRegistry.Default;
        string[] found = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => registry.FindByFileName(f) is { CanRead: true })
            .Order(StringComparer.Ordinal)
            .ToArray();
        return found.Length > 0 ? found : throw new CliException($"The folder '{folder}' holds no RDF file.");
    }
}
