using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Finds works named in running prose (cited works come from the citation graph): a title in italics that is not part
/// of a bibliographic reference ("Solzhenitsyn's *Gulag Archipelago*", "*What Is to Be Done?*"), a capitalised phrase
/// headed by a document word ("the Communist Manifesto", the "Stalin Constitution"), and a person's possessive before a
/// document noun ("Krushchev's secret speech", "Krasnikov's biography of Kirov", "Marx's letter to Vera Zasulich").
/// </summary>
internal sealed partial class WorkScanner(TextUnit unit)
{
    private readonly string _text = unit.Content.Text;

    /// <summary>Document words that head a work's name; prizes, schools and buildings are not works.</summary>
    private static readonly HashSet<string> WorkHeads = new(
        ["Manifesto", "Constitution", "Report", "Speech", "Theses", "Program", "Programme", "Declaration", "Treaty", "Letter", "Memorandum", "Testament", "Charter"],
        StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}*])\*(?<title>\p{Lu}[^*\n]{1,90}?)\*(?!\*)")]
    private static partial Regex ItalicTitle();

    /// <summary>What follows a title in a reference: "(New York, 1975)", ", op. cit.", ", Vol. 2", ", p. 12", ", 1977" or a translator.</summary>
    [GeneratedRegex(@"^[,.]?\s*\*?(?:\((?:[^)]*\d{4}|[^)]*ed\.)|op\.? ?cit|loc\.? ?cit|[Vv]ol\.|[Nn]o\.|pp?\.|\d{4}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|translated|trans\.|ed\.|edited|New York|London)")]
    private static partial Regex ReferenceAfter();

    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’]s [""“]?(?:(?<adj>secret|final|last|first|second|third|famous|celebrated|early|late|open|public|private|own|new|major) )?(?<noun>speech|letter|book|biography|decree|report|program|programme|essay|article|memoirs|novel|manifesto|pamphlet|testament|theses)(?: (?<prep>of|to|on) (?<about>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?")]
    private static partial Regex PossessiveDocument();

    [GeneratedRegex(@"(?<![\p{L}-])(?<name>(?:the )?(?:\p{Lu}[\p{L}-]+ ){1,4}(?<head>\p{Lu}\p{Ll}+))\b")]
    private static partial Regex HeadedPhrase();

    /// <summary>"Gramsci's "The Southern Question"": a quoted title after a possessive name.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])\p{Lu}\p{Ll}+['’]s [""“](?<title>\p{Lu}[^""”\n]{2,80}?)[,.]?[""”]")]
    private static partial Regex PossessiveQuotedTitle();

    public IEnumerable<EntityMention> Scan()
    {
        foreach (Match m in PossessiveQuotedTitle().Matches(_text))
        {
            Group title = m.Groups["title"];
            yield return new EntityMention(unit, title.Index, title.Index + title.Length, EntityKind.Work, title.Value, "quoted title after a possessive name");
        }
        foreach (Match m in ItalicTitle().Matches(_text))
        {
            Group title = m.Groups["title"];
            string value = title.Value.Trim().TrimEnd(',', '.', ';', ':');
            bool inReference = ReferenceAfter().IsMatch(_text[(m.Index + m.Length)..]) || ReferenceBefore().IsMatch(_text[..m.Index])
                || (value.Split(' ').Length == 1 && !Possessed(m.Index));
            // A heading set in italics, or an attribution after a quotation ("... anti-religious)." *Moishe Lewin*), is not a work.
            bool heading = _text[..m.Index].Trim(' ', '#').Length == 0 && _text[(m.Index + m.Length)..].Trim().Length == 0;
            bool attribution = AfterQuotation().IsMatch(_text[..m.Index]);
            if (heading || attribution)
            {
                continue;
            }
            if (!inReference && value.Length >= 3 && !value.StartsWith("Ibid", StringComparison.Ordinal) && !value.StartsWith("op", StringComparison.OrdinalIgnoreCase))
            {
                yield return new EntityMention(unit, title.Index, title.Index + value.Length, EntityKind.Work, value, Possessed(m.Index) ? "title in italics after a possessive name" : "title in italics in running text");
            }
        }
        foreach (Match m in HeadedPhrase().Matches(_text))
        {
            Group name = m.Groups["name"];
            string value = name.Value.StartsWith("the ", StringComparison.Ordinal) ? name.Value[4..] : name.Value;
            int start = name.Index + name.Value.Length - value.Length;
            string first = value.Split(' ')[0];
            if (WorkHeads.Contains(m.Groups["head"].Value) && !Gazetteer.FunctionWords.Contains(first) && !InItalics(start))
            {
                yield return new EntityMention(unit, start, name.Index + name.Length, EntityKind.Work, value, "document word '" + m.Groups["head"].Value + "'");
            }
        }
        foreach (Match m in PossessiveDocument().Matches(_text))
        {
            string noun = m.Groups["noun"].Value;
            string adjective = m.Groups["adj"].Success ? m.Groups["adj"].Value + " " : "";
            string about = m.Groups["about"].Success ? $" {m.Groups["prep"].Value} {m.Groups["about"].Value}" : "";
            // "Solzhenitsyn's book *The Gulag Archipelago*": the italic title names the work; the italics rule finds it.
            if (_text.AsSpan(m.Index + m.Length).StartsWith(" *", StringComparison.Ordinal))
            {
                continue;
            }
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Work, $"{m.Groups["name"].Value}'s {adjective}{noun}{about}", "possessive name before '" + noun + "'");
        }
    }

    /// <summary>A journal after an article's title in quotation marks (", "Title," *Journal*"), or a referral ("Cf. *...*").</summary>
    [GeneratedRegex(@"(?:[,.][""”]|\b[Cc]f\.|\b[Ss]ee) $")]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(@"[.!?)][""”] $")]
    private static partial Regex AfterQuotation();

    /// <summary>Whether the italics at <paramref name="star"/> follow a possessive name ("Solzhenitsyn's *...*", "Trotsky's book *...*").</summary>
    private bool Possessed(int star) => PossessiveBefore().IsMatch(_text[..star]);

    [GeneratedRegex(@"\p{Lu}\p{Ll}+['’]s (?:(?:book|essay|novel|study|pamphlet|article|memoirs|famous|celebrated|classic) )?$")]
    private static partial Regex PossessiveBefore();

    private bool InItalics(int position) => _text.AsSpan(0, position).Count('*') % 2 == 1;
}
