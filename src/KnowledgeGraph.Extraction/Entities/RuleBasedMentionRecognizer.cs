using KnowledgeGraph.Extraction.Entities.Internal;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds person mentions by rule, with no trained model: the shape of a name (two or more capitalised words none of
/// which the text also uses in lower case, initials before a family name, a "SURNAME, GIVEN NAMES" heading in
/// capitals), titles ("General", "President"), the words around it (a reporting verb after it, "according to" before
/// it, a possessive followed by a personal noun, apposition, coordination with a known person, an alias in
/// brackets) and the citation graph (a single word is a person when it is the family name of a known person).
/// Cue words (Party, Army, Revolution, Doctrine...) and endings (-ism, -ist, -ian...) keep other names out; the
/// same cue words then find organisations, events and places (see the internal CueScanner).
/// </summary>
public sealed class RuleBasedMentionRecognizer : IMentionRecognizer
{
    /// <inheritdoc/>
    public IReadOnlyList<EntityMention> Recognize(IReadOnlyList<TextUnit> units, RecognitionHints hints)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(hints);
        var lowerWords = LowerCaseWords(units);
        var knownPlaces = new HashSet<string>(hints.KnownPlaces.Select(NameKey.Fold));
        var candidates = new List<PersonCandidate>();
        foreach (TextUnit unit in units)
        {
            candidates.AddRange(new UnitScanner(unit, lowerWords, knownPlaces, hints.KnownPersons).Scan());
        }

        var families = new HashSet<string>(hints.KnownPersons.Select(k => NameKey.Skeleton(Family(k))));
        int confirmed = -1;
        while (confirmed != candidates.Count(c => c.IsPerson))
        {
            confirmed = candidates.Count(c => c.IsPerson);
            families.UnionWith(candidates.Where(c => c.IsPerson && c.Evidence != FamilyEvidence).Select(c => NameKey.Skeleton(Family(c.Name))));
            foreach (PersonCandidate single in candidates.Where(c => !c.IsPerson && c.Tokens == 1))
            {
                if (families.Contains(NameKey.Skeleton(single.Name)))
                {
                    single.Evidence = FamilyEvidence;
                }
            }
            PropagateByCoordination(candidates);
        }
        candidates.AddRange(SplitCompounds(candidates, families).ToList());
        var persons = candidates.Where(c => c.IsPerson).Select(c => c.ToMention()).ToList();
        // Organisations written in particular shapes take precedence over what the head-word rule made of the same words.
        var phrases = units.SelectMany(u => new OrganizationPhraseScanner(u).Scan()).Where(o => !OverlapsAny(o, persons)).ToList();
        var placeWords = CueScanner.PlaceWords(units);
        var others = units.SelectMany(u => new CueScanner(u, lowerWords, knownPlaces, placeWords).Scan())
            .Where(o => !OverlapsAny(o, persons) && !OverlapsAny(o, phrases));
        // Event phrases may contain a person's or a place's name ("Kirov's murder", "the Canton uprising"): both are mentions.
        var events = units.SelectMany(u => new EventPhraseScanner(u, lowerWords).Scan());
        // Works may contain a person's name ("Krushchev's secret speech"); a newspaper already taken as acting is not also a work.
        var works = units.SelectMany(u => new WorkScanner(u).Scan()).Where(w => !OverlapsAny(w, phrases));
        return [.. persons, .. phrases, .. others, .. events, .. works];
    }

    private static bool OverlapsAny(EntityMention mention, IEnumerable<EntityMention> others) =>
        others.Any(p => p.Unit == mention.Unit && p.Start < mention.End && mention.Start < p.End);

    private const string FamilyEvidence = "family name of a known person";

    /// <summary>"the Weber-Habermas thesis": a hyphenated pair of names, one of them a known person's, names two persons.</summary>
    private static IEnumerable<PersonCandidate> SplitCompounds(List<PersonCandidate> candidates, HashSet<string> families)
    {
        foreach (PersonCandidate c in candidates.Where(c => !c.IsPerson && c.Tokens == 1 && c.Name.Contains('-', StringComparison.Ordinal)))
        {
            string[] parts = c.Name.Split('-');
            if (parts.Length == 2 && parts.All(p => p.Length > 1 && char.IsUpper(p[0])) && parts.Any(p => families.Contains(NameKey.Skeleton(p))))
            {
                yield return new PersonCandidate(c.Unit, c.Start, c.Start + parts[0].Length, parts[0], 1) { Evidence = "paired with a known person" };
                yield return new PersonCandidate(c.Unit, c.End - parts[1].Length, c.End, parts[1], 1) { Evidence = "paired with a known person" };
            }
        }
    }

    /// <summary>The last word of a name, which in the Western order these texts use is the family name.</summary>
    internal static string Family(string name)
    {
        string[] words = name.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : words[^1];
    }

    private static HashSet<string> LowerCaseWords(IReadOnlyList<TextUnit> units)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (TextUnit unit in units)
        {
            string text = unit.Content.Text;
            int i = 0;
            while (i < text.Length)
            {
                if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
                {
                    int start = i;
                    while (i < text.Length && char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    if (char.IsLower(text[start]))
                    {
                        words.Add(text[start..i]);
                    }
                }
                else
                {
                    i++;
                }
            }
        }
        return words;
    }

    /// <summary>"Kamenev, Bukharin, Radek and others": a word listed with a person is a person.</summary>
    private static void PropagateByCoordination(List<PersonCandidate> candidates)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (IGrouping<TextUnit, PersonCandidate> unit in candidates.GroupBy(c => c.Unit))
            {
                var ordered = unit.OrderBy(c => c.Start).ToList();
                string text = unit.Key.Content.Text;
                for (int i = 0; i < ordered.Count; i++)
                {
                    PersonCandidate c = ordered[i];
                    if (c.IsPerson || c.Tokens != 1 || c.PlaceLike)
                    {
                        continue;
                    }
                    bool linked = (i > 0 && ordered[i - 1].IsPerson && ordered[i - 1].End <= c.Start && IsConjunction(text[ordered[i - 1].End..c.Start]))
                        || (i + 1 < ordered.Count && ordered[i + 1].IsPerson && c.End <= ordered[i + 1].Start && IsConjunction(text[c.End..ordered[i + 1].Start]));
                    if (linked)
                    {
                        c.Evidence = "listed with a person";
                        changed = true;
                    }
                }
            }
        }
    }

    private static bool IsConjunction(string between) => between is " and " or ", " or ", and " or " or " or ", or ";
}
