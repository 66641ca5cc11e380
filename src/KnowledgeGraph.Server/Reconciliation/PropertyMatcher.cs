using System.Text.RegularExpressions;
using KnowledgeGraph.Linking.Text;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// How well an entity meets the property conditions of a query, from 0 to 1. A Wikidata item (pid <c>wikidata</c>,
/// <c>skos:exactMatch</c> or <c>owl:sameAs</c>, value <c>Q33391</c> or the item's IRI) is compared with the entity's
/// reviewed links; any other property our entities have is compared value by value (IRIs exactly, text by name
/// similarity). Conditions on properties no entity has are ignored, as the protocol allows.
/// </summary>
internal static partial class PropertyMatcher
{
    private static readonly HashSet<string> WikidataPids = new(StringComparer.OrdinalIgnoreCase)
    {
        "wikidata", "skos:exactMatch", "owl:sameAs", ReconciliationVocabulary.ExactMatch.Value, "http://www.w3.org/2002/07/owl#sameAs",
    };

    /// <summary>The conditions that count for this index (Wikidata ones, and those on predicates the entities have).</summary>
    public static IReadOnlyList<PropertyCondition> Applicable(IReadOnlyList<PropertyCondition> conditions, EntityIndex index) =>
        [.. conditions.Where(c => IsWikidata(c.Pid) || index.Predicates.Contains(Expand(c.Pid)))];

    /// <summary>Whether the condition names a Wikidata item.</summary>
    public static bool IsWikidata(string pid) => WikidataPids.Contains(pid);

    /// <summary>The QID a value names (<c>Q33391</c>, <c>wd:Q33391</c>, an entity IRI or a wiki page URL), or null.</summary>
    public static string? WikidataId(string value)
    {
        Match match = QidPattern().Match(value.Trim());
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : null;
    }

    /// <summary>The mean, over the conditions, of how well the entity meets each (its best value).</summary>
    public static double Score(IndexedEntity entity, IReadOnlyList<PropertyCondition> conditions) =>
        conditions.Count == 0 ? 0 : conditions.Average(c => Meets(entity, c));

    private static double Meets(IndexedEntity entity, PropertyCondition condition)
    {
        if (IsWikidata(condition.Pid))
        {
            return condition.Values.Select(WikidataId).Any(q => q is not null && entity.WikidataIds.Contains(q)) ? 1 : 0;
        }
        if (!entity.Values.TryGetValue(Expand(condition.Pid), out string[]? ours))
        {
            return 0;
        }
        double best = 0;
        foreach (string wanted in condition.Values)
        {
            string[] wantedWords = NameSimilarity.Tokens(wanted);
            foreach (string value in ours)
            {
                best = Math.Max(best, string.Equals(value, wanted, StringComparison.Ordinal) ? 1 : TokenSimilarity.Of(wantedWords, NameSimilarity.Tokens(value), personal: false));
            }
        }
        return best;
    }

    // A prefixed name with a known prefix becomes its IRI; anything else is taken as written.
    private static string Expand(string pid)
    {
        int colon = pid.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !pid.Contains("//", StringComparison.Ordinal))
        {
            string prefix = pid[..colon];
            foreach (var (name, ns) in KnownPrefixes.All)
            {
                if (name == prefix)
                {
                    return ns + pid[(colon + 1)..];
                }
            }
        }
        return pid;
    }

    [GeneratedRegex(@"(?:^|[/:])([Qq][1-9][0-9]{0,11})$", RegexOptions.CultureInvariant)]
    private static partial Regex QidPattern();
}
