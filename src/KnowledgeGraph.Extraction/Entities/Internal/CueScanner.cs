using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds organisations, places and events in one unit by their cue words: the head word of a capitalised phrase
/// ("Red Army", "Central Committee" are organisations; "October Revolution", "17th Party Congress", "World War II"
/// events; "North Caucasus" a place), capitals acronyms (organisations), and a single capitalised word after a place
/// preposition ("in Cambodia", "from Moscow") or listed with a place.
/// </summary>
internal sealed partial class CueScanner(TextUnit unit, HashSet<string> lowerWords, HashSet<string> knownPlaces)
{
    private static readonly HashSet<string> PlacePrepositions = new(["in", "at", "from", "into", "throughout", "across", "near", "toward", "towards"], StringComparer.OrdinalIgnoreCase);
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
            while (skip < run.Tokens.Count && (Gazetteer.FunctionWords.Contains(run.Tokens[skip].Text) || (skip == 0 && sentenceStart && lowerWords.Contains(run.Tokens[skip].Text.ToLowerInvariant()) && run.Tokens.Count > 1 && !IsCue(run.Tokens[skip].Text))))
            {
                skip++;
            }
            if (skip == run.Tokens.Count || InItalics(run.Start))
            {
                continue;
            }
            NameRun name = skip == 0 ? run : run.Skip(skip);
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
        bool yearBefore = ordinal.Success && char.IsDigit(ordinal.Value[0]) && ordinal.Value.Trim().Length == 4;
        if (Gazetteer.EventCues.Contains(head) && name.Tokens.Count + (ordinal.Success ? 1 : 0) >= 2)
        {
            if (ordinal.Success && !(yearBefore && name.Tokens.Count >= 2))
            {
                start -= ordinal.Length;
            }
            return Mention(start, name.End, EntityKind.Event, "event cue word '" + head + "'");
        }
        List<string> preceding = WordContext.Before(_text, start, 2);
        bool afterPlacePreposition = preceding.Count > 0 && (PlacePrepositions.Contains(preceding[0]) || (preceding[0] == "the" && preceding.Count > 1 && PlacePrepositions.Contains(preceding[1])));
        if (name.Tokens.Count >= 2 && PlaceHeads.Contains(head))
        {
            return Mention(start, name.End, EntityKind.Place, "place head word '" + head + "'");
        }
        if (Gazetteer.EventCues.Contains(head) && name.Tokens.Count == 1 && YearAfter().Match(_text[name.End..]) is { Success: true } year)
        {
            return Mention(start, name.End + year.Length, EntityKind.Event, "event cue word with its year");
        }
        if (name.Tokens.Count >= 2 && Gazetteer.OrganizationCues.Contains(head) && afterPlacePreposition && Gazetteer.GroupWords.Contains(name.Tokens[0].Text))
        {
            return Mention(start, name.End, EntityKind.Place, "state name after a place preposition");
        }
        if (name.Tokens.Count >= 2 && Gazetteer.OrganizationCues.Contains(head) && !name.Tokens.Any(t => lowerWords.Contains(t.Text.ToLowerInvariant()) && !IsCue(t.Text) && !Gazetteer.GroupWords.Contains(t.Text)))
        {
            return Mention(start, name.End, EntityKind.Organization, "organisation cue word '" + head + "'");
        }
        if (name.Tokens.Count == 2 && Gazetteer.PlaceCues.Contains(name.Tokens[0].Text) && IsPlainWord(name.Tokens[1].Text))
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
            bool placePreposition = PlacePrepositions.Contains(b0) || (b0 == "the" && PlacePrepositions.Contains(b1));
            if (word.Length is >= 3 and <= 5 && word.All(char.IsUpper) && !Gazetteer.IsRomanNumeral(word))
            {
                return Mention(start, name.End, placePreposition ? EntityKind.Place : EntityKind.Organization, placePreposition ? "acronym after a place preposition" : "acronym");
            }
            if (Gazetteer.OrganizationCues.Contains(word) && word.Length >= 6 && !lowerWords.Contains(word.ToLowerInvariant()) && !Gazetteer.GroupWords.Contains(word) && !word.All(char.IsUpper))
            {
                return Mention(start, name.End, EntityKind.Organization, "organisation word used as a name");
            }
            if (IsPlainWord(word) && (placePreposition || (b0 == "of" && b1 is "village" or "city" or "town" or "invasion" or "invasions" or "capital")))
            {
                return Mention(start, name.End, EntityKind.Place, $"after '{(b0 == "the" || b0 == "of" ? b1 + " " : "")}{b0}'");
            }
        }
        return null;
    }

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
            bool listed = places.Any(p => (p.End <= run.Start && _text[p.End..run.Start] is " and " or ", " or ", and ")
                || (run.End <= p.Start && _text[run.End..p.Start] is " and " or ", " or ", and "));
            if (listed)
            {
                yield return Mention(run.Start, run.End, EntityKind.Place, "listed with a place");
            }
        }
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
