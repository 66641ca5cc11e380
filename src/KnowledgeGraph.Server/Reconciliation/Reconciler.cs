using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// Answers reconciliation queries from the entity index: candidates are the entities sharing a name word (or a close
/// one) or a queried Wikidata item; each is scored by its best name and by the property conditions, filtered by type,
/// and the best are returned with a match flag only when one is exact, unique and clearly ahead.
/// </summary>
internal static class Reconciler
{
    /// <summary>A candidate must lead the next by this many points to be a match.</summary>
    public const double MatchLead = 10;

    /// <summary>The least score of a match.</summary>
    public const double MatchScore = 90;

    /// <summary>The candidates of one query, best first.</summary>
    public static IReadOnlyList<ReconciliationCandidate> Run(EntityIndex index, ReconciliationQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        string[] words = [.. NameSimilarity.Tokens(query.Text).Take(ReconciliationLimits.MaxWords)];
        var conditions = PropertyMatcher.Applicable(query.Properties, index);
        var found = new HashSet<int>(index.WithWordsLike(words));
        foreach (var condition in conditions.Where(static c => PropertyMatcher.IsWikidata(c.Pid)))
        {
            found.UnionWith(condition.Values.Select(PropertyMatcher.WikidataId).OfType<string>().SelectMany(index.WithWikidataId));
        }
        var scored = new List<(IndexedEntity Entity, double Score, bool Exact, bool PropertiesMet)>();
        foreach (int at in found.Order().Take(ReconciliationLimits.MaxCandidates))
        {
            IndexedEntity entity = index.Entities[at];
            if (query.Types.Count > 0 && !entity.Types.Any(t => query.Types.Contains(t.Value, StringComparer.Ordinal)))
            {
                continue;
            }
            bool personal = entity.Types.Any(ReconciliationVocabulary.PersonClasses.Contains);
            double name = words.Length == 0 ? 0 : entity.NameTokens.Max(n => TokenSimilarity.Of(words, n, personal));
            bool exact = words.Length > 0 && entity.NameTokens.Any(n => TokenSimilarity.SameWords(words, n));
            double properties = PropertyMatcher.Score(entity, conditions);
            // The name and each condition weigh alike, so a matching Wikidata item lifts a vague name well ahead,
            // and a contradicting one pulls an exact name down.
            double score = conditions.Count == 0 ? name
                : words.Length == 0 ? properties
                : (name + properties * conditions.Count) / (1 + conditions.Count);
            scored.Add((entity, Math.Round(100 * score, 1), exact, conditions.Count > 0 && properties >= 1));
        }
        var ranked = scored.Where(static s => s.Score >= ReconciliationLimits.MinScore)
            .OrderByDescending(static s => s.Score).ThenByDescending(static s => s.Exact).ThenBy(static s => s.Entity.Id.Value, StringComparer.Ordinal)
            .Take(query.Limit).ToList();
        return [.. ranked.Select((s, i) => new ReconciliationCandidate(s.Entity, s.Score, i == 0 && IsMatch(ranked, scored)))];
    }

    // The best is a match when it is exact (same name words) or meets every property condition, scores high, is the
    // only exact one (unless the conditions single it out), and leads the next candidate clearly, even one past the limit.
    private static bool IsMatch(
        List<(IndexedEntity Entity, double Score, bool Exact, bool PropertiesMet)> ranked,
        List<(IndexedEntity Entity, double Score, bool Exact, bool PropertiesMet)> all)
    {
        var best = ranked[0];
        bool confident = (best.Exact || best.PropertiesMet) && best.Score >= MatchScore;
        bool unique = best.PropertiesMet || all.Count(static s => s.Exact) <= 1;
        double next = all.Where(s => !ReferenceEquals(s.Entity, best.Entity)).Select(static s => s.Score).DefaultIfEmpty(0).Max();
        return confident && unique && best.Score - next >= MatchLead;
    }
}
