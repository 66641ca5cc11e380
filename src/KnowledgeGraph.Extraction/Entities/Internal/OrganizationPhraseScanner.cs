using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds organisations that the head-word rule misses because of how they are written: two names sharing one plural
/// head ("the Republican and Democratic Parties"), an acronym explained in brackets ("the SD [*Sicherheitsdienst*]",
/// "the New Economic Policy (NEP)", which may also name a policy or a state),
/// and a newspaper in italics when it acts or is dated ("*Pravda* July 2, 1956", "the *Daily Worker* published").
/// </summary>
internal sealed partial class OrganizationPhraseScanner(TextUnit unit)
{
    private readonly string _text = unit.Content.Text;

    [GeneratedRegex(@"(?<![\p{L}-])(?<first>\p{Lu}\p{L}+) and (?<second>\p{Lu}\p{L}+) (?<head>Parties|Armies|Committees|Governments|Unions|Churches|Fronts)\b")]
    private static partial Regex SharedPluralHead();

    [GeneratedRegex(@"(?<![\p{L}-])(?<acronym>\p{Lu}{2,6}) [\[(]\*?(?<name>\p{Lu}[\p{L}-]+(?: (?:\p{Lu}[\p{L}-]+|of|the|for|and))*)\*?[\])]")]
    private static partial Regex BracketedExpansion();

    /// <summary>"the New Economic Policy (NEP)": a name followed by its initials in brackets.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}[\p{L}-]+(?: (?:\p{Lu}[\p{L}-]+|of|the|for|and)){1,6}) \((?<acronym>\p{Lu}{2,6})\)")]
    private static partial Regex NameWithInitials();

    /// <summary>
    /// An italic name (up to four words) after "in", "the" or a bracket, followed by a full date or a verb of publishing.
    /// A journal named in a reference ("Agursky, ..., *Times Literary Supplement*, January 7, 1977") follows a comma instead.
    /// </summary>
    [GeneratedRegex(@"(?<=(?:\b[Ii]n |\b[Tt]he |\())\*(?<name>(?:\p{Lu}[\p{L}'-]*)(?: \p{Lu}[\p{L}'-]*){0,3})\*(?:,? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|(?:, [^,*]{1,60},)? (?:published|reported|printed|wrote|announced|declared|accused|carried|editorialized)\b)")]
    private static partial Regex ActingPeriodical();

    public IEnumerable<EntityMention> Scan()
    {
        foreach (Match m in SharedPluralHead().Matches(_text))
        {
            string head = Singular(m.Groups["head"].Value);
            Group first = m.Groups["first"];
            Group second = m.Groups["second"];
            if (Gazetteer.FunctionWords.Contains(first.Value) || WordContext.StartsSentence(_text, first.Index))
            {
                continue;
            }
            yield return new EntityMention(unit, first.Index, first.Index + first.Length, EntityKind.Organization, $"{first.Value} {head}", $"shares the plural head '{m.Groups["head"].Value}'");
            yield return new EntityMention(unit, second.Index, m.Index + m.Length, EntityKind.Organization, $"{second.Value} {head}", $"shares the plural head '{m.Groups["head"].Value}'");
        }
        foreach (Match m in BracketedExpansion().Matches(_text))
        {
            Group acronym = m.Groups["acronym"];
            Group name = m.Groups["name"];
            if (!Gazetteer.IsRomanNumeral(acronym.Value) && Initials(name.Value).StartsWith(acronym.Value[0]))
            {
                yield return new EntityMention(unit, acronym.Index, acronym.Index + acronym.Length, EntityKind.Organization, name.Value, "acronym explained in brackets");
                yield return new EntityMention(unit, name.Index, name.Index + name.Length, EntityKind.Organization, name.Value, "expansion of an acronym in brackets");
            }
        }
        foreach (Match m in NameWithInitials().Matches(_text))
        {
            Group acronym = m.Groups["acronym"];
            Group name = m.Groups["name"];
            string[] words = name.Value.Split(' ');
            int first = Array.FindIndex(words, w => !Gazetteer.FunctionWords.Contains(w));
            if (first < 0)
            {
                continue;
            }
            string full = string.Join(' ', words[first..]);
            if (Initials(full) != acronym.Value)
            {
                continue;
            }
            int start = name.Index + name.Value.Length - full.Length;
            EntityKind kind = KindOfHead(words);
            yield return new EntityMention(unit, start, name.Index + name.Length, kind, full, "expansion of an acronym in brackets");
            yield return new EntityMention(unit, acronym.Index, acronym.Index + acronym.Length, kind, full, "expansion of an acronym in brackets");
        }
        foreach (Match m in ActingPeriodical().Matches(_text))
        {
            Group name = m.Groups["name"];
            yield return new EntityMention(unit, name.Index, name.Index + name.Length, EntityKind.Organization, name.Value, "periodical in italics, dated or publishing");
        }
    }

    /// <summary>What the head word of an explained acronym's name makes it: a policy or an event cue an event, a state head a place.</summary>
    private static EntityKind KindOfHead(string[] words) =>
        words[^1] is "Policy" or "Plan" || (Gazetteer.EventCues.Contains(words[^1]) && !words[..^1].Any(Gazetteer.OrganizationCues.Contains)) ? EntityKind.Event
        : words[^1] is "Republic" or "Republics" or "States" or "Union" or "Kingdom" ? EntityKind.Place
        : EntityKind.Organization;

    private static string Initials(string name) => string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.EndsWith("ches", StringComparison.Ordinal) ? plural[..^2] : plural[..^1];
}
