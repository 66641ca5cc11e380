namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Merges person mentions into one cluster per person. Full names join a cluster with the same family name (by
/// transliteration skeleton, or one slip in a long name) and a compatible first initial; two people who share a family
/// name but not an initial stay apart. A bare family name joins the person of that name mentioned in the same
/// paragraph or footnote, else the one mentioned most recently before it, else the first one; a bare given name ("Anton") joins the person of that given name the same way.
/// </summary>
internal static class PersonCoreference
{
    public static IReadOnlyList<PersonCluster> Resolve(IReadOnlyList<EntityMention> mentions, IReadOnlyCollection<string> knownPersons, IReadOnlyList<TextUnit> order)
    {
        var position = order.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i);
        var clusters = new List<PersonCluster>();
        var sorted = mentions.OrderBy(m => position.GetValueOrDefault(m.Unit)).ThenBy(m => m.Start).ToList();
        foreach (EntityMention mention in sorted.Where(m => Words(m.Name) > 1))
        {
            Join(clusters, mention.Name, mention);
        }
        foreach (string known in knownPersons.Where(k => Words(k) > 1))
        {
            Join(clusters, known, null);
        }
        foreach (EntityMention mention in sorted.Where(m => Words(m.Name) == 1))
        {
            var candidates = clusters.Where(c => NameKey.SameFamily(c.Family, mention.Name)).ToList();
            if (candidates.Count == 0)
            {
                // "Anton's brother": a bare given name joins the person of that given name.
                candidates = [.. clusters.Where(c => c.Names.Any(n => Words(n) > 1 && NameKey.Fold(n.Split(' ')[0]) == NameKey.Fold(mention.Name)))];
            }
            PersonCluster? target = candidates.Count switch
            {
                0 => null,
                1 => candidates[0],
                _ => candidates.FirstOrDefault(c => c.Mentions.Any(m => m.Unit == mention.Unit && Words(m.Name) > 1 && Before(m, mention, position)))
                    ?? candidates.Select(c => (c, last: c.Mentions.Where(m => Before(m, mention, position)).Select(m => (position[m.Unit], m.Start)).DefaultIfEmpty((-1, -1)).Max()))
                        .OrderByDescending(p => p.last).First().c,
            };
            if (target is null)
            {
                target = new PersonCluster(mention.Name);
                clusters.Add(target);
            }
            target.Add(mention.Name, mention);
        }
        return clusters;
    }

    private static bool Before(EntityMention a, EntityMention b, Dictionary<TextUnit, int> position) =>
        position[a.Unit] < position[b.Unit] || (a.Unit == b.Unit && a.Start < b.Start);

    private static void Join(List<PersonCluster> clusters, string name, EntityMention? mention)
    {
        string family = RuleBasedMentionRecognizer.Family(name);
        char? initial = Initial(name);
        PersonCluster? target = clusters.FirstOrDefault(c => NameKey.SameFamily(c.Family, family) && (c.Initial is null || initial is null || c.Initial == initial));
        if (target is null)
        {
            target = new PersonCluster(family);
            clusters.Add(target);
        }
        target.Add(name, mention);
    }

    /// <summary>The first letter of the first given name, or null for a bare family name.</summary>
    public static char? Initial(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? null : char.ToUpperInvariant(words[0][0]);
    }

    private static int Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
