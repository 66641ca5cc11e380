using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>
/// Entity-level precision, recall and F1 per type. An extracted entity matches a gold entity of the same type when its
/// label or one of its name variants equals the gold label or one of the gold variants after normalisation (lower case,
/// letters and digits only, diacritics removed). Each gold entity is matched at most once: extracted entities are
/// matched by their label first, then by their variants; a second extracted entity for an already matched gold
/// entity (a coreference split) is a false positive, as is an entity that matches nothing. When a list of other real
/// entities is given (a fuller annotation), an unmatched extracted entity that matches one of those (each at most once)
/// is correct for precision; recall still counts only the gold list.
/// </summary>
internal sealed class EntityEvaluation
{
    public sealed record Figures(int Gold, int Extracted, int Matched, int AlsoCorrect = 0)
    {
        public double Precision => Extracted == 0 ? 0 : (double)(Matched + AlsoCorrect) / Extracted;

        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public Dictionary<EntityKind, Figures> ByKind { get; } = [];

    public Dictionary<EntityKind, List<string>> Missed { get; } = [];

    public Dictionary<EntityKind, List<string>> Spurious { get; } = [];

    public static EntityEvaluation Run(IReadOnlyList<GoldEntity> gold, IReadOnlyList<ExtractedEntity> extracted, IReadOnlyList<GoldEntity>? alsoReal = null)
    {
        var result = new EntityEvaluation();
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            var golds = gold.Where(g => g.Kind == kind).ToList();
            var found = extracted.Where(e => e.Kind == kind).ToList();
            if (golds.Count == 0 && found.Count == 0)
            {
                continue;
            }
            var matched = new bool[found.Count];
            bool[] taken = Match(golds, found, matched);
            int main = matched.Count(m => m);
            var others = (alsoReal ?? []).Where(g => g.Kind == kind).ToList();
            Match(others, found, matched);
            result.ByKind[kind] = new Figures(golds.Count, found.Count, main, matched.Count(m => m) - main);
            result.Missed[kind] = [.. golds.Where((_, j) => !taken[j]).Select(g => g.Label)];
            result.Spurious[kind] = [.. found.Where((_, i) => !matched[i]).Select(e => $"{e.Label} [{string.Join(" | ", e.Variants)}]")];
        }
        return result;
    }

    /// <summary>Matches the not yet matched extracted entities to gold entries, labels first, then variants; returns which entries were taken.</summary>
    private static bool[] Match(List<GoldEntity> golds, List<ExtractedEntity> found, bool[] matched)
    {
        var goldKeys = golds.Select(g => g.Names.Select(GoldEntity.Key).ToHashSet()).ToList();
        var taken = new bool[golds.Count];
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (matched[i])
                {
                    continue;
                }
                IEnumerable<string> names = pass == 0 ? [found[i].Label] : found[i].Variants;
                var keys = names.Select(GoldEntity.Key).ToList();
                int g = Enumerable.Range(0, golds.Count).FirstOrDefault(j => !taken[j] && keys.Any(goldKeys[j].Contains), -1);
                if (g >= 0)
                {
                    taken[g] = true;
                    matched[i] = true;
                }
            }
        }
        return taken;
    }
}
