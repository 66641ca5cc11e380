using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds organisations, places and events in one unit by their cue words: the head word of a capitalised phrase
/// ("Red Army", "Central Committee" are organisations; "October Revolution", "17th Party Congress", "World War II"
/// events; "North Caucasus" a place), capitals acronyms (organisations), and a single capitalised word after a place
/// preposition ("in Cambodia", "from Moscow") or listed with a place.
/// </summary>
internal sealed partial class CueScanner(TextUnit unit, HashSet<string> lowerWords, HashSet<string> knownPlaces, HashSet<string> placeWords)
{
    private static readonly HashSet<string> PlacePrepositions = new(["in", "at", "from", "into", "throughout", "across", "near", "toward", "towards"], StringComparer.OrdinalIgnoreCase);
    /// <summary>Heads of state names that are also organisation words ("the Soviet Union", "the Federal Republic").</summary>
    private static readonly HashSet<string> StateHeads = new(["Union", "Republic", "Federation", "Confederation"], StringComparer.Ordinal);
    private static readonly HashSet<string> PlaceHeads = new(["States", "Republic", "Kingdom", "Empire", "Island", "Islands", "Sea", "Ocean", "Mountains", "Valley", "Coast"], StringComparer.Ordinal);
    private readonly string _text = unit.Content.Text;

    [GeneratedRegex(@"(?:\b(?:\d{1,2}(?:st|nd|rd|th)|\d{4}|First|Second|Third|Fourth|Fifth|Tenth|Fifteenth|Seventeenth|Eighteenth|Twentieth|Twenty-\w+)\s)$")]
    private static partial Regex OrdinalBefore();

    /// <summary>" of 1897": the year a census or congress is named by.</summary>
    [GeneratedRegex(@"^ of \d{4}\b")]
    private static partial Regex YearAfter();

    /// <summary>", 1972)" or ", Mass., 1972": the rest of a reference's publication data after its place.</summary>
    [GeneratedRegex(@"^(?:,\s*[A-Z][\w.]*)*,\s*\d{4}")]
    private static partial Regex PublicationData();

    public IEnumerable<EntityMention> Scan()
    {
        var found = new List<EntityMention>();
        foreach (NameRun run in NameTokenizer.Runs(_text))
        {
            int skip = 0;
            bool sentenceStart = WordContext.StartsSentence(_text, run.Start);
            while (skip < run.Tokens.Count && !RegionName(run, skip) && (Gazetteer.FunctionWords.Contains(run.Tokens[skip].Text) || (skip == 0 && sentenceStart && lowerWords.Contains(run.Tokens[skip].Text.ToLowerInvariant()) && run.Tokens.Count > 1 && !IsCue(run.Tokens[skip].Text))))
            {
                skip++;
            }
            if (skip == run.Tokens.Count || InItalics(run.Start))
            {
                continue;
            }
            NameRun name = skip == 0 ? run : run.Skip(skip);
            if (found.Count > 0 && found[^1].End > name.Start)
            {
                continue; // inside the name just found ("the Maintenance of Supplies" in "Organisation for the Maintenance of Supplies")
            }
            if (Classify(name) is EntityMention mention)
            {
                found.Add(mention);
            }
        }
        foreach (EntityMention listed in Listed(found))
        {
            found.Add(listed);
        }
        return found;
    }

    private EntityMention? Classify(NameRun name)
    {
        string head = name.Tokens.Select(t => t.Text).LastOrDefault(t => !Gazetteer.IsRomanNumeral(t)) ?? name.Tokens[^1].Text;
        int start = name.Start;
        Match ordinal = OrdinalBefore().Match(_text[Math.Max(0, start - 20)..start]);
        bool yearBefore = ordinal.Success && ordinal.Value.Trim() is { Length: 4 } year4 && year4.All(char.IsAsciiDigit);
        bool onlyCues = name.Tokens.All(t => Gazetteer.OrganizationCues.Contains(t.Text) || Gazetteer.EventCues.Contains(t.Text));
        // "Congress" names a body or its meeting: a meeting when numbered or dated, a body when another organisation word
        // is in the name ("Trades Union Congress").
        if (onlyCues && name.Tokens.Count >= 2 && !ordinal.Success && Gazetteer.EventCues.Contains(head))
        {
            return null; // "the Party Congress": a generic reference, not a name
        }
        bool bodyNotMeeting = Gazetteer.OrganizationCues.Contains(head) && !ordinal.Success
            && name.Tokens.Take(name.Tokens.Count - 1).Any(t => Gazetteer.OrganizationCues.Contains(t.Text));
        if (Gazetteer.EventCues.Contains(head) && name.Tokens.Count + (ordinal.Success ? 1 : 0) >= 2 && !bodyNotMeeting)
        {
            // "the 1917 Revolution" keeps its year out of the name unless the name is only cue words ("the 1930 Party Congress").
            if (ordinal.Success && !(yearBefore && name.Tokens.Count >= 2 && !onlyCues))
            {
                start -= ordinal.Length;
            }
            else if (onlyCues)
            {
                return null;
            }
            return Mention(start, name.End, EntityKind.Event, "event cue word '" + head + "'");
        }
        List<string> preceding = WordContext.Before(_text, start, 2);
        bool afterPlacePreposition = preceding.Count > 0 && (PlacePrepositions.Contains(preceding[0]) || (preceding[0] == "the" && preceding.Count > 1 && PlacePrepositions.Contains(preceding[1])));
        if (name.Tokens.Count >= 2 && (PlaceHeads.Contains(head) || (head == "Front" && Gazetteer.PlaceCues.Contains(name.Tokens[0].Text))))
        {
            return Mention(start, name.End, EntityKind.Place, "place head word '" + head + "'");
        }
        if (Gazetteer.EventCues.Contains(head) && name.Tokens.Count == 1 && YearAfter().Match(_text[name.End..]) is { Success: true } year)
        {
            return Mention(start, name.End + year.Length, EntityKind.Event, "event cue word with its year");
        }
        if (name.Tokens.Count >= 2 && StateHeads.Contains(head) && (afterPlacePreposition || Gazetteer.GroupWords.Contains(name.Tokens[0].Text)))
        {
            return Mention(start, name.End, EntityKind.Place, "state name ('" + head + "' after a people's name or a place preposition)");
        }
        // Common words inside a two-word name usually mean it is not a name ("Great Party"); three words or more with an
        // organisation head, or a proper first word ("German High Command"), are a name all the same.
        bool properFirst = !lowerWords.Contains(name.Tokens[0].Text.ToLowerInvariant()) && !Gazetteer.FunctionWords.Contains(name.Tokens[0].Text);
        int orgComplement = OfComplement(name.End);
        if (name.Tokens.Count >= 2 && Gazetteer.OrganizationCues.Contains(head)
            && (name.Tokens.Count >= 3 || orgComplement > 0 || properFirst || !name.Tokens.Any(t => lowerWords.Contains(t.Text.ToLowerInvariant()) && !IsCue(t.Text) && !Gazetteer.GroupWords.Contains(t.Text))))
        {
            return Mention(start - PluralPossessiveBefore(start), name.End + orgComplement, EntityKind.Organization, "organisation cue word '" + head + "'");
        }
        if (name.Tokens.Count == 2 && Gazetteer.PlaceCues.Contains(name.Tokens[0].Text)
            && (IsPlainWord(name.Tokens[1].Text) || Gazetteer.CompassWords.Contains(name.Tokens[1].Text) || IsStateAcronym(name.Tokens[1].Text)))
        {
            return Mention(start, name.End, EntityKind.Place, "compass or region word '" + name.Tokens[0].Text + "'");
        }
        if (knownPlaces.Contains(NameKey.Fold(name.Value)))
        {
            return PublicationData().IsMatch(_text[name.End..]) ? null : Mention(start, name.End, EntityKind.Place, "place of publication in the references");
        }
        if (name.Tokens.Count == 1)
        {
            string word = name.Tokens[0].Text;
            List<string> before = WordContext.Before(_text, start, 2);
            string b0 = before.Count > 0 ? before[0] : "";
            string b1 = before.Count > 1 ? before[1] : "";
            bool placePreposition = PlacePrepositions.Contains(b0) || (b0 == "the" && PlacePrepositions.Contains(b1)) || (b0 == "to" && Gazetteer.MotionVerbs.Contains(b1));
            if (word.Length is >= 3 and <= 5 && word.All(char.IsUpper) && !Gazetteer.IsRomanNumeral(word))
            {
                if (before.Count > 0 && Gazetteer.PlaceCues.Contains(b0) && start - b0.Length - 1 >= 0 && char.IsUpper(_text[start - b0.Length - 1]))
                {
                    return Mention(start - b0.Length - 1, name.End, EntityKind.Place, "region word before a state's acronym");
                }
                return Mention(start, name.End, placePreposition ? EntityKind.Place : EntityKind.Organization, placePreposition ? "acronym after a place preposition" : "acronym");
            }
            if (Gazetteer.OrganizationCues.Contains(word) && word.Length >= 6 && !lowerWords.Contains(word.ToLowerInvariant()) && !Gazetteer.GroupWords.Contains(word)
                && !Gazetteer.GroupWords.Contains(word.TrimEnd('s')) && !Gazetteer.EventCues.Contains(word) && !word.All(char.IsUpper))
            {
                return Mention(start - PluralPossessiveBefore(start), name.End + OfComplement(name.End), EntityKind.Organization, "organisation word used as a name");
            }
            if (Gazetteer.OrganizationCues.Contains(word) && OfComplement(name.End) is > 0 and int complement && (!WordContext.StartsSentence(_text, start) || PluralPossessiveBefore(start) > 0))
            {
                return Mention(start - PluralPossessiveBefore(start), name.End + complement, EntityKind.Organization, "organisation word with an 'of' complement");
            }
            if (IsPlainWord(word) && (placePreposition || (b0 == "of" && (b1 is "village" or "city" or "town" or "invasion" or "invasions" or "capital" || Gazetteer.Rulers.Contains(b1)))))
            {
                return Mention(start, name.End, EntityKind.Place, $"after '{(b0 == "the" || b0 == "of" ? b1 + " " : "")}{b0}'");
            }
            // "the Cheka", "the Wehrmacht": a rare capitalised word with the definite article inside a sentence names a body.
            if (IsPlainWord(word) && b0 == "the" && !WordContext.StartsSentence(_text, start) && !Gazetteer.HasDoctrineSuffix(word)
                && !word.EndsWith('s') && !word.EndsWith("an", StringComparison.Ordinal) && StandsAlone(name.End) && !UsedAsPlace(word))
            {
                return Mention(start, name.End, EntityKind.Organization, "a name used with the definite article");
            }
        }
        return null;
    }

    /// <summary>"Far East", "Near East": a place word that is also a function word, before a compass word, begins a region's name.</summary>
    private static bool RegionName(NameRun run, int index) =>
        index + 1 < run.Tokens.Count && Gazetteer.PlaceCues.Contains(run.Tokens[index].Text) && Gazetteer.CompassWords.Contains(run.Tokens[index + 1].Text);

    /// <summary>"Miners' Federation": the length of a capitalised plural possessive just before a name, or 0.</summary>
    private int PluralPossessiveBefore(int start)
    {
        Match m = PluralPossessive().Match(_text[..start]);
        return m.Success ? m.Length : 0;
    }

    [GeneratedRegex(@"(?<![\p{L}-])\p{Lu}\p{Ll}+s['’] $")]
    private static partial Regex PluralPossessive();

    /// <summary>
    /// " of the Soviets", " of Rights and Trotskyites": the capitalised complement that completes an organisation's name
    /// ("Congress of Soviets", "Anti-Soviet Bloc of Rights and Trotskyites"); its length, or 0.
    /// </summary>
    private int OfComplement(int end)
    {
        Match m = OfComplementPattern().Match(_text, end);
        return m.Success && m.Index == end && !Gazetteer.FunctionWords.Contains(m.Groups["first"].Value) && !Gazetteer.Months.Contains(m.Groups["first"].Value) ? m.Length : 0;
    }

    [GeneratedRegex(@"\G (?:of|for) (?:the )?(?<first>\p{Lu}[\p{L}-]+)(?: \p{Lu}[\p{L}-]+)*(?: (?:and|of|for) (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)?")]
    private static partial Regex OfComplementPattern();

    /// <summary>What separates two listed places: " and ", ", ", or a year between ("Hungary in 1956 and Czechoslovakia").</summary>
    [GeneratedRegex(@"^(?: in \d{4})?(?: and |, |, and )(?:the )?$")]
    private static partial Regex ListSeparator();

    /// <summary>"Hungary in 1956 and Czechoslovakia": a plain word listed with a place is a place.</summary>
    private IEnumerable<EntityMention> Listed(List<EntityMention> found)
    {
        var places = found.Where(m => m.Kind == EntityKind.Place).ToList();
        foreach (NameRun run in NameTokenizer.Runs(_text).Where(r => r.Tokens.Count == 1 && IsPlainWord(r.Tokens[0].Text)))
        {
            if (found.Any(m => m.Start <= run.Start && run.End <= m.End))
            {
                continue;
            }
            bool listed = places.Any(p => (p.End <= run.Start && ListSeparator().IsMatch(_text[p.End..run.Start]))
                || (run.End <= p.Start && _text[run.End..p.Start] is " and " or ", " or ", and "));
            if (listed)
            {
                yield return Mention(run.Start, run.End, EntityKind.Place, "listed with a place");
            }
        }
    }

    /// <summary>An acronym the text also uses after a place preposition ("in the USSR"), so "Western USSR" is a region.</summary>
    private bool IsStateAcronym(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsUpper) && UsedAsPlace(word);

    /// <summary>Whether the essay also has the word after a place preposition ("in the Ukraine").</summary>
    private bool UsedAsPlace(string word) => placeWords.Contains(word);

    /// <summary>The capitalised words an essay uses right after a place preposition ("in the Ukraine", "from Moscow").</summary>
    public static HashSet<string> PlaceWords(IEnumerable<TextUnit> units) =>
        [.. units.SelectMany(u => AfterPlacePreposition().Matches(u.Content.Text)).Select(m => m.Groups["word"].Value)];

    [GeneratedRegex(@"\b(?:in|into|throughout|across|from) (?:the )?(?<word>\p{Lu}[\p{L}-]*)")]
    private static partial Regex AfterPlacePreposition();

    /// <summary>
    /// Whether a name ends a noun phrase: punctuation, a function word or a verb-like word (-s, -ed) follows, not a
    /// noun it qualifies ("the Canton uprising", "the Zulu empire").
    /// </summary>
    private bool StandsAlone(int end)
    {
        List<string> after = WordContext.After(_text, end, 2);
        if (after.Count == 0)
        {
            // The end of a unit is often a page break inside a name ("the Red" / "Guard"), not the end of one.
            return false;
        }
        if (!char.IsLetter(after[0][0]))
        {
            return after[0] is not ("-" or "‐");
        }
        string next = after[0];
        return char.IsLower(next[0]) && (Gazetteer.FunctionWords.Contains(next) || next.EndsWith('s') || next.EndsWith("ed", StringComparison.Ordinal));
    }

    private bool IsCue(string word) => Gazetteer.OrganizationCues.Contains(word) || Gazetteer.EventCues.Contains(word) || Gazetteer.PlaceCues.Contains(word);

    /// <summary>A capitalised word that is not common, a cue, a group word, a month or a doctrine.</summary>
    private bool IsPlainWord(string word) =>
        word.Length >= 3 && !lowerWords.Contains(word.ToLowerInvariant()) && !Gazetteer.FunctionWords.Contains(word) && !IsCue(word)
        && !Gazetteer.GroupWords.Contains(word) && !Gazetteer.Months.Contains(word) && !Gazetteer.Titles.Contains(word)
        && !Gazetteer.HasNonNameSuffix(word) && !word.EndsWith("ation", StringComparison.Ordinal) && !word.All(char.IsUpper);

    private bool InItalics(int position) => _text.AsSpan(0, position).Count('*') % 2 == 1;

    private EntityMention Mention(int start, int end, EntityKind kind, string evidence) =>
        new(unit, start, end, kind, _text[start..end], evidence);
}
