namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Merges the mentions of organisations, places and events into entities. Mentions with the same name (folded, with
/// ordinals as words) are one entity; then a shorter organisation name that is part of exactly one longer one of the
/// same head ("the Chinese Party" and "the Chinese Communist Party", "the Soviet Command" and "the Soviet High
/// Command") or that abbreviates it ("CP" for "Communist Party", "U.S." for "United States") joins it. The kind is
/// decided by the mentions' votes, where a place preposition ("in the USSR") outweighs the weak default that an
/// acronym names an organisation.
/// </summary>
internal static class OtherEntityResolver
{
    /// <summary>Known abbreviations inside organisation names, as written in the domain's prose.</summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["CP"] = ["Communist", "Party"],
        ["U.S."] = ["United", "States"],
        ["US"] = ["United", "States"],
        ["U.S.A."] = ["United", "States", "of", "America"],
    };

    public static IEnumerable<ExtractedEntity> Resolve(IEnumerable<EntityMention> mentions)
    {
        var groups = mentions
            .DistinctBy(m => (m.Unit, m.Start, m.End, m.Name))
            .GroupBy(Key)
            .Select(g => g.ToList())
            .ToList();
        var organisations = groups.Where(g => KindOf(g) == EntityKind.Organization).ToList();
        // "U.S. State Department" and "United States State Department": the same words once abbreviations are spelt out.
        foreach (IGrouping<string, List<EntityMention>> same in organisations.GroupBy(g => string.Join(' ', Words(g[0].Name)).ToLowerInvariant()).Where(s => s.Count() > 1))
        {
            foreach (List<EntityMention> other in same.Skip(1))
            {
                same.First().AddRange(other);
                other.Clear();
            }
        }
        // Longest first, so a chain ("Soviet Command" ⊂ "Soviet High Command" ⊂ "Soviet Army High Command") ends in the fullest name.
        organisations.RemoveAll(g => g.Count == 0);
        var places = groups.Where(g => g.Count > 0 && KindOf(g) == EntityKind.Place).Select(g => string.Join(' ', Words(g[0].Name))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (List<EntityMention> shorter in organisations.OrderBy(g => Words(g[0].Name).Count).ToList())
        {
            if (shorter.Count == 0)
            {
                continue;
            }
            var words = Words(shorter[0].Name);
            var containers = organisations.Where(o => o != shorter && o.Count > 0 && Words(o[0].Name).Count > words.Count && Contains(Words(o[0].Name), words, places)).ToList();
            if (words.Count >= 2 && containers.Count == 1)
            {
                containers[0].AddRange(shorter);
                shorter.Clear();
            }
        }
        MergeAcronyms(groups);
        MergeProcesses(groups);
        foreach (List<EntityMention> group in groups.Where(g => g.Count > 0))
        {
            group.Sort((a, b) => ReadingOrder(a).CompareTo(ReadingOrder(b)));
            string label = group.Select(m => m.Name).GroupBy(n => n).OrderByDescending(n => Words(n.Key).Count).ThenByDescending(n => n.Count()).First().Key;
            EntityKind kind = KindOf(group);
            (int Year, EntityMention Evidence)? date = kind == EntityKind.Event ? EventDates.Of(group) : null;
            yield return new ExtractedEntity(kind, label, group, [.. group.Select(m => m.Name).Distinct(StringComparer.Ordinal)])
            {
                Year = date?.Year,
                YearEvidence = date?.Evidence,
            };
        }
    }

    /// <summary>A bare acronym ("NEP") joins the entity whose name it abbreviates ("New Economic Policy"), when exactly one does.</summary>
    private static void MergeAcronyms(List<List<EntityMention>> groups)
    {
        foreach (List<EntityMention> acronym in groups.Where(g => g.Count > 0 && g[0].Name.Length >= 2 && g[0].Name.All(char.IsUpper)).ToList())
        {
            var expansions = groups.Where(g => g != acronym && g.Count > 0 && Initials(g[0].Name) == acronym[0].Name).ToList();
            if (expansions.Count == 1)
            {
                expansions[0].AddRange(acronym);
                acronym.Clear();
            }
        }
    }

    /// <summary>"the purges" joins "the Great Purge": a process written in lower case joins the one named event with its head word.</summary>
    private static void MergeProcesses(List<List<EntityMention>> groups)
    {
        foreach (List<EntityMention> process in groups.Where(g => g.Count > 0 && g.All(m => m.Kind == EntityKind.Event && char.IsLower(m.Text[0]) && !m.Text.Contains(' ', StringComparison.Ordinal))).ToList())
        {
            string head = Singular(process[0].Text);
            var named = groups.Where(g => g != process && g.Count > 0 && g[0].Kind == EntityKind.Event && g[0].Name.Contains(' ', StringComparison.Ordinal)
                && string.Equals(Singular(g[0].Name.Split(' ')[^1]), head, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1)
            {
                named[0].AddRange(process);
                process.Clear();
            }
        }
    }

    private static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;

    private static string Initials(string name) => string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>Paragraphs before footnotes, each in order, then the position in the unit.</summary>
    private static (int, int, int) ReadingOrder(EntityMention m) =>
        (m.Unit.FootnoteNumber is null ? 0 : 1, m.Unit.ParagraphIndex ?? m.Unit.FootnoteNumber ?? 0, m.Start);

    /// <summary>The kind most of the mentions propose, weighing each by how telling its evidence is.</summary>
    private static EntityKind KindOf(List<EntityMention> group) =>
        group.GroupBy(m => m.Kind).OrderByDescending(g => g.Sum(Weight)).ThenBy(g => g.Key).First().Key;

    private static int Weight(EntityMention mention) => mention.Evidence switch
    {
        "acronym" or "a name used with the definite article" => 1,
        // The author's own explanation of an acronym settles what it names.
        "expansion of an acronym in brackets" => 20,
        "acronym after a place preposition" => 3,
        _ => 2,
    };

    /// <summary>The merge key of a non-person name: folded, ordinals as words ("20th" = "Twentieth"), and for events without organisation words ("17th Party Congress" = "17th Congress").</summary>
    private static string Key(EntityMention mention)
    {
        var words = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Ordinals.ToWord);
        if (mention.Kind == EntityKind.Event)
        {
            words = words.Where(w => !Gazetteer.OrganizationCues.Contains(w) || Gazetteer.EventCues.Contains(w));
        }
        if (mention.Kind == EntityKind.Work && mention.Evidence.StartsWith("possessive name before", StringComparison.Ordinal))
        {
            // "Krushchev's secret speech" and "Krushchev's speech": one document, whatever the epithet.
            var list = words.ToList();
            if (list.Count >= 3 && char.IsLower(list[1][0]) && char.IsLower(list[2][0]))
            {
                list.RemoveAt(1);
            }
            words = list;
        }
        return NameKey.Fold(string.Join(' ', words));
    }

    /// <summary>The name's words with abbreviations spelt out and possessives dropped.</summary>
    private static List<string> Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => Abbreviations.TryGetValue(w, out string[]? full) ? full : [w.TrimEnd('\'', '’').Replace("'s", "", StringComparison.Ordinal)])];

    /// <summary>
    /// Whether <paramref name="part"/> is a subsequence of <paramref name="whole"/> that starts with the same word, or
    /// that the longer name only qualifies by a place the essay names ("United States State Department"), so that
    /// "Labour Party" does not join "Independent Labour Party".
    /// </summary>
    private static bool Contains(List<string> whole, List<string> part, HashSet<string> places)
    {
        int i = 0;
        foreach (string word in whole)
        {
            if (i < part.Count && string.Equals(word, part[i], StringComparison.OrdinalIgnoreCase))
            {
                i++;
            }
        }
        if (i != part.Count)
        {
            return false;
        }
        if (string.Equals(whole[0], part[0], StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        int lead = whole.FindIndex(w => string.Equals(w, part[0], StringComparison.OrdinalIgnoreCase));
        return lead > 0 && places.Contains(string.Join(' ', whole.Take(lead)));
    }
}
