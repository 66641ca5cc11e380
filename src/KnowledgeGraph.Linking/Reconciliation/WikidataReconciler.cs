using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>
/// Finds Wikidata items for the graph's entities: searches by label (then other names), keeps the items whose class
/// fits the entity's kind (P31, or P279 one step up), scores them with the graph's evidence, and links only a clear
/// winner above the threshold; weaker matches become candidates for review. Entities already linked or reviewed are
/// not looked up again, but their links serve as evidence for the others.
/// </summary>
public sealed class WikidataReconciler(IWikidataSource source, ReconcilerOptions options)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _superclasses = new(StringComparer.Ordinal);

    /// <summary>Reconciles <paramref name="entities"/>.</summary>
    /// <param name="entities">The entities, persons first and works last (as <see cref="GraphEntityReader"/> orders them).</param>
    /// <param name="known">QIDs already linked (the reviewed linkset), by entity; these are not looked up.</param>
    /// <param name="rejected">Pairs a reviewer rejected; never proposed again.</param>
    /// <param name="essayYear">The essay's year (evidence against anachronisms), or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<ReconciliationReport> ReconcileAsync(IReadOnlyList<GraphEntity> entities, IReadOnlyDictionary<Iri, string> known,
        IReadOnlySet<(Iri, string)> rejected, int? essayYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(rejected);
        var linked = new Dictionary<Iri, string>(known);
        var links = new List<EntityLink>();
        var candidates = new List<EntityLink>();
        var errors = new List<(Iri, string)>();
        int examined = 0;
        foreach (GraphEntity entity in entities.Where(e => !known.ContainsKey(e.Iri)))
        {
            examined++;
            List<Candidate> scored;
            try
            {
                scored = await CandidatesAsync(entity, linked, essayYear, cancellationToken).ConfigureAwait(false);
            }
            catch (WikidataUnavailableException error)
            {
                return new ReconciliationReport(links, candidates, errors, examined, error.Message);
            }
            catch (WikidataResponseException error)
            {
                errors.Add((entity.Iri, error.Message));
                continue;
            }
            scored.RemoveAll(c => rejected.Contains((entity.Iri, c.Id)));
            if (scored.Count == 0 || scored[0].Score < options.CandidateThreshold)
            {
                continue;
            }
            Candidate best = scored[0];
            bool clear = scored.Count == 1 || best.Score - scored[1].Score >= options.Margin;
            if (best.Score >= options.AcceptThreshold && clear)
            {
                links.Add(ToLink(entity, best, ReviewStatus.Accepted));
                linked[entity.Iri] = best.Id;
                continue;
            }
            candidates.AddRange(scored.Where(c => c.Score >= options.CandidateThreshold).Take(options.MaxCandidates).Select(c => ToLink(entity, c, ReviewStatus.Pending)));
        }
        return new ReconciliationReport(links, candidates, errors, examined, null);
    }

    private async Task<List<Candidate>> CandidatesAsync(GraphEntity entity, Dictionary<Iri, string> linked, int? essayYear, CancellationToken cancellationToken)
    {
        var scored = new List<Candidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in entity.Names.Prepend(entity.Label).Distinct(StringComparer.Ordinal).Take(options.MaxNamesSearched))
        {
            var hits = await source.SearchAsync(name, cancellationToken).ConfigureAwait(false);
            var ids = hits.Select(static h => h.Id).Where(seen.Add).ToList();
            if (ids.Count > 0)
            {
                foreach (WikidataItem item in await source.GetItemsAsync(ids, cancellationToken).ConfigureAwait(false))
                {
                    if (await FitsAsync(entity.Kind, item, cancellationToken).ConfigureAwait(false)
                        && CandidateScorer.Score(entity, item, linked, essayYear) is { } candidate)
                    {
                        scored.Add(candidate);
                    }
                }
            }
            if (scored.Count > 0)
            {
                break;
            }
        }
        return scored.OrderByDescending(static c => c.Score).ThenBy(static c => c.Id, StringComparer.Ordinal).ToList();
    }

    private async Task<bool> FitsAsync(EntityKind kind, WikidataItem item, CancellationToken cancellationToken)
    {
        var classes = item.ItemValues(TypeFilter.InstanceOf).Distinct(StringComparer.Ordinal).ToList();
        if (TypeFilter.Fits(kind, classes))
        {
            return true;
        }
        var unknown = classes.Where(c => !_superclasses.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            var found = (await source.GetItemsAsync(unknown, cancellationToken).ConfigureAwait(false)).ToDictionary(static c => c.Id, StringComparer.Ordinal);
            foreach (string id in unknown)
            {
                _superclasses[id] = found.TryGetValue(id, out WikidataItem? cls) ? cls.ItemValues(TypeFilter.SubclassOf).ToList() : [];
            }
        }
        return classes.Any(c => TypeFilter.Fits(kind, _superclasses[c]));
    }

    private EntityLink ToLink(GraphEntity entity, Candidate candidate, ReviewStatus status) =>
        new(entity.Iri, LinkVocabulary.WikidataItem(candidate.Id), LinkVocabulary.ExactMatch, Math.Round(candidate.Score, 3),
            LinkMethod.AutomaticReconciliation, status, options.Today,
            $"{candidate.Label ?? candidate.Id}{(candidate.Description is { } d ? " — " + d : "")} ({candidate.Evidence})");
}
