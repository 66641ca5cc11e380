using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Remote;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg publish --endpoint URL --graph IRI [--data DIR|FILES] [--user U --password P [--auth digest] | --token T]
/// [--batch N] [--sparql URL]</c>: pushes the built graph into a named graph of any store that speaks the SPARQL 1.1
/// Graph Store HTTP Protocol — one atomic PUT when it fits, otherwise verified batches.
/// </summary>
internal static class PublishCommand
{
    // A remote store that failed or refused: not a bug, not a local file problem.
    private const int RemoteFailure = 5;

    public static Command Create()
    {
        var endpoint = new Option<string>("--endpoint") { Description = "The store's Graph Store service URL (Virtuoso: http://host:8890/sparql-graph-crud-auth; Fuseki: http://host:3030/ds/data; ours: http://host/rdf-graphs/service).", Required = true };
        var graph = new Option<string>("--graph", "-g") { Description = "The IRI of the named graph to replace.", Required = true };
        var data = new Option<string[]>("--data") { Description = "RDF files, or a folder holding kg build's graph.nt (default: out). All statements go into --graph, whatever graph a file gives them.", DefaultValueFactory = _ => ["out"], AllowMultipleArgumentsPerToken = true };
        var user = new Option<string?>("--user", "-u") { Description = "User name for HTTP Basic or Digest authentication." };
        var password = new Option<string?>("--password", "-p") { Description = "Password for --user." };
        var auth = new Option<string>("--auth") { Description = "basic (default) or digest (Virtuoso's /sparql-graph-crud-auth needs digest).", DefaultValueFactory = _ => "basic" };
        var token = new Option<string?>("--token") { Description = "A bearer token (kg serve's --update-token)." };
        var batch = new Option<int>("--batch") { Description = "Triples per request; a larger graph goes in batches, verified by a count (default 100000).", DefaultValueFactory = _ => 100_000 };
        var sparql = new Option<string?>("--sparql") { Description = "The store's SPARQL query endpoint, to verify batches with a COUNT; default: a Graph Store GET of the graph." };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var quiet = CommonOptions.Quiet();
        var command = new Command("publish", "Publish the graph to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.")
        {
            endpoint, graph, data, user, password, auth, token, batch, sparql, from, baseIri, quiet,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            Uri service = HttpUrl(result.GetValue(endpoint)!, "--endpoint");
            Uri? sparqlEndpoint = result.GetValue(sparql) is { } s ? HttpUrl(s, "--sparql") : null;
            var target = Uri.TryCreate(result.GetValue(graph), UriKind.Absolute, out Uri? graphUri)
                ? new Iri(graphUri.OriginalString)
                : throw new CliException($"--graph must be an absolute IRI, not '{result.GetValue(graph)}'.");
            int batchSize = result.GetValue(batch) is > 0 and var size ? size : throw new CliException("--batch must be a positive number of triples.");
            RemoteCredentials credentials = Credentials(result.GetValue(user), result.GetValue(password), result.GetValue(auth)!, result.GetValue(token));
            bool quietly = result.GetValue(quiet);

            var clock = Stopwatch.StartNew();
            List<Triple> triples = Read(result.GetValue(data)!, result.GetValue(from), result.GetValue(baseIri));
            Action<string>? log = quietly ? null : line => Console.Error.WriteLine("kg publish: " + line);
            var options = new RemoteClientOptions { OnNotice = log };
            using var client = new GraphStoreClient(service, credentials, options);
            try
            {
                PublishReport report = await new GraphPublisher(client, sparqlEndpoint, log).PublishAsync(target, triples, batchSize, cancellationToken);
                string how = report.Batched ? $"in {report.Requests} batches, verified ({report.VerifiedCount} triples in the store)" : "in one PUT";
                Console.Out.WriteLine($"published {report.Triples} triples to <{target.Value}> at {service} {how} in {clock.Elapsed.TotalSeconds:0.0} s");
            }
            catch (RemoteStoreException error)
            {
                throw new CliException(error.Message, RemoteFailure);
            }
            return 0;
        });
        return command;
    }

    private static Uri HttpUrl(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new CliException($"{option} must be an absolute http(s) URL, not '{text}'.");

    private static RemoteCredentials Credentials(string? user, string? password, string auth, string? token)
    {
        if (token is not null)
        {
            return user is null ? new RemoteCredentials(RemoteAuthScheme.Bearer, Secret: token) : throw new CliException("give either --token or --user/--password, not both.");
        }
        if (user is null)
        {
            return password is null ? RemoteCredentials.None : throw new CliException("--password needs --user.");
        }
        RemoteAuthScheme scheme = auth.ToLowerInvariant() switch
        {
            "basic" => RemoteAuthScheme.Basic,
            "digest" => RemoteAuthScheme.Digest,
            _ => throw new CliException($"--auth must be basic or digest, not '{auth}'."),
        };
        return new RemoteCredentials(scheme, user, password ?? throw new CliException("--user needs --password."));
    }

    private static List<Triple> Read(string[] data, string? format, string? baseIri)
    {
        var triples = new List<Triple>();
        foreach (string item in data)
        {
            string file = item;
            if (Directory.Exists(item))
            {
                file = Path.Combine(item, "graph.nt");
                if (!File.Exists(file))
                {
                    throw new CliException($"{item} is a folder without graph.nt; run kg build first or name the files.", 2);
                }
            }
            using var session = new ReadSession(file, format, baseIri, lenient: false, progress: false);
            triples.AddRange(session.Quads().Select(static q => q.Triple));
        }
        return triples;
    }
}
