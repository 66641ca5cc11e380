using System.Globalization;
using KnowledgeGraph.Linking.Text;
using KnowledgeGraph.Linking.Wikidata;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>
/// Scores an item (already of a fitting type) for an entity: name similarity first, then the evidence the graph has.
/// A person known by one word only is capped below certainty. A person born after the essay, or a work published after it, cannot be what the essay names. A work whose author
/// is linked gains when the item names that author (P50) and loses when it names only others; a matching publication
/// year (P577) adds; so does each statement pointing to an item already linked to an entity mentioned alongside.
/// </summary>
public static class CandidateScorer
{
    private const string DateOfBirth = "P569";
    private const string Author = "P50";
    private const string PublicationDate = "P577";
    private const double AuthorAgrees = 0.15;
    private const double AuthorDisagrees = -0.35;
    private const double YearAgrees = 0.05;
    private const double CoMentionEach = 0.05;
    private const double CoMentionMost = 0.15;

    /// <summary>Scores <paramref name="item"/> for <paramref name="entity"/>; null when evidence rules it out.</summary>
    /// <param name="entity">Our entity.</param>
    /// <param name="item">The item.</param>
    /// <param name="linked">QIDs already linked, by entity.</param>
    /// <param name="essayYear">The essay's year, or null.</param>
    public static Candidate? Score(GraphEntity entity, WikidataItem item, IReadOnlyDictionary<Iri, string> linked, int? essayYear)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(linked);
        double names = NameSimilarity.Best(entity.Names, item.Names());
        var evidence = new List<string> { $"name {names:0.00}" };
        double score = names;
        // A person the graph knows by one word only ("Mary", "Beria") is never certain, however well the word matches.
        if (entity.Kind == EntityKind.Person && entity.Names.All(static n => Text.NameSimilarity.Tokens(n).Length <= 1) && score > NameSimilarity.FamilyNameOnly)
        {
            score = NameSimilarity.FamilyNameOnly;
            evidence.Add("one-word name");
        }
        if (essayYear is { } year)
        {
            if (entity.Kind == EntityKind.Person && item.Years(DateOfBirth).Any(born => born > year))
            {
                return null;
            }
            if (entity.Kind == EntityKind.Work && item.Years(PublicationDate).Any() && item.Years(PublicationDate).All(published => published > year))
            {
                return null;
            }
        }
        if (entity.Kind == EntityKind.Work)
        {
            var authorIds = entity.Authors.Select(a => linked.GetValueOrDefault(a)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var itemAuthors = item.ItemValues(Author).ToHashSet(StringComparer.Ordinal);
            if (authorIds.Count > 0 && itemAuthors.Count > 0)
            {
                bool agrees = itemAuthors.Overlaps(authorIds);
                score += agrees ? AuthorAgrees : AuthorDisagrees;
                evidence.Add(agrees ? "author agrees" : "author differs");
            }
            if (entity.Years.Count > 0 && item.Years(PublicationDate).Intersect(entity.Years).Any())
            {
                score += YearAgrees;
                evidence.Add("publication year agrees");
            }
        }
        var context = entity.CoMentioned.Select(e => linked.GetValueOrDefault(e)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        int shared = item.AllItemValues().Distinct(StringComparer.Ordinal).Count(context.Contains);
        if (shared > 0)
        {
            score += Math.Min(CoMentionMost, shared * CoMentionEach);
            evidence.Add($"{shared} statement(s) point to co-mentioned linked entities");
        }
        score = Math.Clamp(score, 0, 1);
        return new Candidate(item.Id, item.Label, item.Description, score, string.Join("; ", evidence) + $"; score {score.ToString("0.00", CultureInfo.InvariantCulture)}");
    }
}
