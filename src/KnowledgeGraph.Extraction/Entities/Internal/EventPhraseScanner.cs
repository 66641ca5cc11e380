using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds events written partly or wholly in lower case, which the capitalised-phrase rules cannot see: a name or a year
/// before an event noun ("the Canton uprising", "the 1932 famine", "the German invasion"), a person's name with a
/// possessive before a violent end ("Kirov's murder"), an invasion of a named place ("the invasions of Hungary"),
/// and the few historical processes a history of this kind names without capitals ("collectivization", "the purges").
/// </summary>
internal sealed partial class EventPhraseScanner(TextUnit unit, HashSet<string> lowerWords)
{
    private readonly string _text = unit.Content.Text;

    /// <summary>A capitalised word (or two) or a year, then an event noun: "Riutin affair", "Chinese revolution", "1932 famine".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d-])(?<name>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|1[6-9]\d\d)[""”]? (?<noun>revolution|uprising|rebellion|revolt|affair|famine|invasion|massacre|mutiny|insurrection|coup|crash|purge(?: trials?)?|trials?)\b(?: of (?<year>1[5-9]\d\d|20\d\d)\b)?")]
    private static partial Regex NameBeforeEventNoun();

    /// <summary>"Kirov's murder": a name with a possessive, then the act that ended a life ("Nikolayev's murder of Kirov": the victim follows).</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}+)['’]s (?<noun>murder|assassination|execution)\b(?: of (?<victim>\p{Lu}\p{Ll}+))?")]
    private static partial Regex PossessiveViolentEnd();

    /// <summary>"the Soviet invasions of Hungary", "the invasion of Viet Nam" (the invader's adjective is part of the name).</summary>
    [GeneratedRegex(@"(?:\b(?<by>\p{Lu}\p{Ll}+) )?\b(?<noun>invasions?) of (?<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)")]
    private static partial Regex InvasionOfPlace();

    [GeneratedRegex(@"\G(?: in \d{4})?,? and (?<place>\p{Lu}[\p{L}-]+)")]
    private static partial Regex SecondPlace();

    /// <summary>"the general election of 1931", "the strike of 1926": a lower-case event noun dated by its year.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<noun>(?:(?:general|presidential|parliamentary|national|local) )?(?:election|strike|lockout|famine|revolution|uprising|rebellion|war|crisis|crash|purge|census|massacre|mutiny|coup)s?) of (?<year>1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex DatedEventNoun();

    /// <summary>The domain's unnamed historical processes, written in lower case.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<noun>collectivization|collectivisation|dekulakization|purges|thaw)(?![\p{L}-])")]
    private static partial Regex HistoricalProcess();

    public IEnumerable<EntityMention> Scan()
    {
        foreach (Match m in NameBeforeEventNoun().Matches(_text))
        {
            Group name = m.Groups["name"];
            string first = name.Value.Split(' ')[0];
            bool year = char.IsDigit(first[0]);
            // A common word capitalised at the start of a sentence ("The revolution") or a function word is not a name.
            if (!year && (Gazetteer.FunctionWords.Contains(first) || Gazetteer.Titles.Contains(first) || lowerWords.Contains(first.ToLowerInvariant()) && !Gazetteer.GroupWords.Contains(first)))
            {
                continue;
            }
            string label = year ? $"{Capitalise(m.Groups["noun"].Value)} of {name.Value}" : $"{name.Value} {m.Groups["noun"].Value}";
            yield return new EntityMention(unit, name.Index, m.Index + m.Length, EntityKind.Event, label, $"name before the event noun '{m.Groups["noun"].Value}'");
        }
        foreach (Match m in PossessiveViolentEnd().Matches(_text))
        {
            string victim = m.Groups["victim"].Success ? m.Groups["victim"].Value : m.Groups["name"].Value;
            string label = $"{Capitalise(m.Groups["noun"].Value)} of {victim}";
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Event, label, $"possessive name before '{m.Groups["noun"].Value}'");
        }
        foreach (Match m in InvasionOfPlace().Matches(_text))
        {
            string place = m.Groups["place"].Value;
            if (Gazetteer.FunctionWords.Contains(place.Split(' ')[0]))
            {
                continue;
            }
            string by = m.Groups["by"].Success && !Gazetteer.FunctionWords.Contains(m.Groups["by"].Value) ? m.Groups["by"].Value + " invasion" : "Invasion";
            int start = by == "Invasion" ? m.Groups["noun"].Index : m.Index;
            yield return new EntityMention(unit, start, m.Index + m.Length, EntityKind.Event, $"{by} of {place}", "invasion of a named place");
            // "the Soviet invasions of Hungary in 1956 and Czechoslovakia in 1968": a second place shares the invasion.
            Match second = SecondPlace().Match(_text, m.Index + m.Length);
            if (second.Success && second.Index == m.Index + m.Length && m.Groups["noun"].Value.EndsWith('s'))
            {
                Group other = second.Groups["place"];
                yield return new EntityMention(unit, other.Index, other.Index + other.Length, EntityKind.Event, $"{by} of {other.Value}", "second place of a plural invasion");
            }
        }
        foreach (Match m in DatedEventNoun().Matches(_text))
        {
            if (NameBeforeEventNoun().Matches(_text).Any(named => named.Index < m.Index + m.Length && m.Index < named.Index + named.Length))
            {
                continue; // "the Wall Street crash of 1929" is named already
            }
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Event, $"{Capitalise(m.Groups["noun"].Value)} of {m.Groups["year"].Value}", "event noun dated by its year");
        }
        foreach (Match m in HistoricalProcess().Matches(_text))
        {
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Event, Capitalise(m.Value), "a historical process the domain names in lower case");
        }
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
