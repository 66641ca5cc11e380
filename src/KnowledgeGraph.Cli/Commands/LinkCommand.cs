using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Reconciliation;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg link</c>: the state of the Wikidata linkset; <c>--online</c> refreshes it by reconciling the built graph
/// against the Wikidata API (automatic links only above the threshold, the rest as candidates); <c>--review</c> lists
/// the candidates and records accept/reject decisions in <c>curation/links-review.ttl</c>.
/// </summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var online = new Option<bool>("--online") { Description = "Refresh the linkset by asking the Wikidata API (cached on disk)." };
        var review = new Option<bool>("--review") { Description = "List the candidates and record decisions in curation/links-review.ttl (asks on a terminal)." };
        var accept = new Option<string[]>("--accept") { Description = "With --review: accept ENTITY=QID (entity IRI or its path under the base).", AllowMultipleArgumentsPerToken = true };
        var reject = new Option<string[]>("--reject") { Description = "With --review: reject ENTITY=QID.", AllowMultipleArgumentsPerToken = true };
        var api = new Option<string>("--api") { Description = "The Wikidata Action API URL.", DefaultValueFactory = _ => WikidataClientOptions.DefaultApiBase.ToString() };
        var graph = new Option<string>("--graph") { Description = "The built graph to link (Turtle).", DefaultValueFactory = _ => "out/graph.ttl" };
        var cache = new Option<string>("--cache") { Description = "Folder of the on-disk API response cache.", DefaultValueFactory = _ => ".cache/wikidata" };
        var contact = new Option<string?>("--contact") { Description = "Contact (e-mail or URL) put in the User-Agent, as Wikimedia asks." };
        var command = new Command("link", "Show, refresh (--online) or review (--review) the Wikidata linkset links/wikidata.ttl.")
        {
            online, review, accept, reject, api, graph, cache, contact,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            string root = LinkFiles.Root();
            string linkset = Path.Combine(root, LinkFiles.Linkset), candidates = Path.Combine(root, LinkFiles.Candidates), reviews = Path.Combine(root, LinkFiles.Reviews);
            try
            {
                if (result.GetValue(online))
                {
                    return await RefreshAsync(result.GetValue(api)!, result.GetValue(graph)!, result.GetValue(cache)!, result.GetValue(contact), linkset, candidates, reviews, cancellationToken);
                }
                if (result.GetValue(review))
                {
                    return Review(result.GetValue(accept) ?? [], result.GetValue(reject) ?? [], candidates, reviews);
                }
                var links = LinksetReader.ReadFile(linkset);
                var decisions = LinksetReader.ReadFile(reviews);
                Console.WriteLine($"{linkset}: {links.Count(l => l.Status == ReviewStatus.Accepted)} links ({links.Count(l => l.Method == LinkMethod.ManualReview)} reviewed by hand)");
                Console.WriteLine($"{candidates}: {LinksetReader.ReadFile(candidates).Count} candidates waiting for review");
                Console.WriteLine($"{reviews}: {decisions.Count(d => d.Status == ReviewStatus.Accepted)} accepted, {decisions.Count(d => d.Status == ReviewStatus.Rejected)} rejected");
                return 0;
            }
            catch (LinksetFormatException error)
            {
                throw new CliException(error.Message, 1);
            }
        });
        return command;
    }

    private static async Task<int> RefreshAsync(string api, string graphFile, string cache, string? contact, string linkset, string candidatesFile, string reviewsFile, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(api, UriKind.Absolute, out Uri? apiBase) || (apiBase.Scheme != Uri.UriSchemeHttps && apiBase.Scheme != Uri.UriSchemeHttp))
        {
            throw new CliException($"--api: {api} is not an http(s) URL");
        }
        if (!File.Exists(graphFile))
        {
            throw new CliException($"{graphFile}: no such graph; run kg build first");
        }
        List<Triple> triples;
        using (var reader = new StreamReader(graphFile))
        {
            triples = KnownRdfFormats.Turtle.CreateReader().Read(reader, new RdfReaderOptions()).Select(q => q.Triple).ToList();
        }
        var existing = LinksetReader.ReadFile(linkset);
        var decisions = LinksetReader.ReadFile(reviewsFile);
        var known = existing.Concat(decisions).Where(l => l.Status == ReviewStatus.Accepted && LinkVocabulary.WikidataId(l.Target) is not null)
            .GroupBy(l => l.Source).ToDictionary(g => g.Key, g => LinkVocabulary.WikidataId(g.First().Target)!);
        var rejected = decisions.Where(d => d.Status == ReviewStatus.Rejected && LinkVocabulary.WikidataId(d.Target) is not null)
            .Select(d => (d.Source, LinkVocabulary.WikidataId(d.Target)!)).ToHashSet();
        var options = new WikidataClientOptions
        {
            ApiBase = apiBase,
            CacheDirectory = cache,
            UserAgent = contact is null ? new WikidataClientOptions().UserAgent : $"KnowledgeGraph-kg-link/0.1 ({contact}) dotnet-HttpClient",
            OnNotice = notice => Console.Error.WriteLine($"kg link: {notice}"),
        };
        using var client = new WikidataClient(options);
        var report = await new WikidataReconciler(client, new ReconcilerOptions())
            .ReconcileAsync(GraphEntityReader.Read(triples), known, rejected, GraphEntityReader.EssayYear(triples), cancellationToken);
        foreach (var (entity, reason) in report.Errors)
        {
            Console.Error.WriteLine($"kg link: {entity.Value}: skipped: {reason}");
        }
        if (report.Unavailable is not null)
        {
            Console.Error.WriteLine($"kg link: Wikidata is unavailable ({report.Unavailable}).");
            Console.Error.WriteLine($"kg link: {linkset} is unchanged; kg build goes on using it offline.");
            return 1;
        }
        LinksetWriter.WriteFile(linkset, existing.Concat(report.Links), LinksetMerger.FileBaseIri,
            "The Wikidata linkset: links reviewed by hand (kgo:ManualReview) and links the reconciler accepted (kgo:AutomaticReconciliation).\n`kg build` merges it offline; rejections in curation/links-review.ttl override it.");
        LinksetWriter.WriteFile(candidatesFile, report.Candidates, LinksetMerger.FileBaseIri,
            "Wikidata candidates below the acceptance threshold, waiting for review (kg link --review). Never published.");
        Console.WriteLine($"{report.Examined} entities looked up ({client.NetworkRequests} API requests, {client.CacheHits} from the cache): {report.Links.Count} linked, {report.Candidates.Count} candidates, {report.Errors.Count} skipped.");
        Console.WriteLine($"wrote {linkset}\nwrote {candidatesFile}");
        return 0;
    }

    private static int Review(string[] accepts, string[] rejects, string candidatesFile, string reviewsFile)
    {
        var candidates = LinksetReader.ReadFile(candidatesFile).Where(c => c.Status == ReviewStatus.Pending).ToList();
        var decisions = LinksetReader.ReadFile(reviewsFile).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        EntityLink Decide(Iri source, Iri target, ReviewStatus status, string? evidence) =>
            new(source, target, LinkVocabulary.ExactMatch, 1.0, LinkMethod.ManualReview, status, today, evidence);
        var made = new List<EntityLink>();
        foreach ((string spec, ReviewStatus status) in accepts.Select(a => (a, ReviewStatus.Accepted)).Concat(rejects.Select(r => (r, ReviewStatus.Rejected))))
        {
            (Iri source, Iri target) = Parse(spec);
            made.Add(Decide(source, target, status, candidates.FirstOrDefault(c => c.Source.Equals(source) && c.Target.Equals(target))?.Evidence));
        }
        if (made.Count == 0)
        {
            bool ask = !Console.IsInputRedirected;
            foreach (EntityLink candidate in candidates)
            {
                Console.WriteLine($"{candidate.Source.Value} → {candidate.Target.Value} (score {candidate.Score:0.00}): {candidate.Evidence}");
                if (!ask)
                {
                    continue;
                }
                Console.Write("  [a]ccept, [r]eject, [s]kip, [q]uit? ");
                string? answer = Console.ReadLine()?.Trim().ToLowerInvariant();
                if (answer is null or "q")
                {
                    break;
                }
                if (answer is "a" or "r")
                {
                    made.Add(Decide(candidate.Source, candidate.Target, answer == "a" ? ReviewStatus.Accepted : ReviewStatus.Rejected, candidate.Evidence));
                }
            }
        }
        if (made.Count == 0)
        {
            Console.WriteLine($"{candidates.Count} candidates; no decision recorded.");
            return 0;
        }
        var merged = decisions.Where(d => !made.Any(m => m.Source.Equals(d.Source) && m.Target.Equals(d.Target))).Concat(made);
        LinksetWriter.WriteFile(reviewsFile, merged, LinksetMerger.FileBaseIri,
            "Review decisions about Wikidata links (kg link --review writes them; a person may edit them by hand).\nA rejection keeps a link out of the build whatever links/wikidata.ttl says; an acceptance publishes a link.");
        Console.WriteLine($"recorded {made.Count} decisions in {reviewsFile}");
        return 0;
    }

    // ENTITY=QID, the entity as an IRI or as its path under the base ("person/leon-trotsky").
    private static (Iri, Iri) Parse(string spec)
    {
        int equals = spec.LastIndexOf('=');
        string entity = equals > 0 ? spec[..equals] : throw new CliException($"{spec}: expected ENTITY=QID");
        string qid = spec[(equals + 1)..];
        if (!LinkVocabulary.IsItemId(qid))
        {
            throw new CliException($"{spec}: {qid} is not a Wikidata item id (Q followed by digits)");
        }
        string iri = entity.Contains("://", StringComparison.Ordinal) ? entity : LinksetMerger.FileBaseIri + entity.TrimStart('/');
        return (new Iri(iri), LinkVocabulary.WikidataItem(qid));
    }
}
