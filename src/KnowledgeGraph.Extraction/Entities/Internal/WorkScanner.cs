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
    [GeneratedRegex(@"^[,.]?\s*\*?(?:\((?:[^)]*\d{4}|[^)]*ed\.)|op\.? ?cit|loc\.? ?cit|[Vv]ol\.|[Nn]o\.|pp?\.|\d{4}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|translated|trans\.|ed\.|edited|forthcoming|in press|New York|London)")]
    private static partial Regex ReferenceAfter();

    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)['’]s [""“]?(?:(?<adj>secret|final|last|first|second|third|famous|celebrated|early|late|open|public|private|own|new|major) )?(?<noun>speech|letter|book|biography|decree|report|program|programme|essay|article|memoirs|novel|manifesto|pamphlet|testament|theses)(?: (?<prep>of|to|on) (?<about>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?")]
    private static partial Regex PossessiveDocument();

    [GeneratedRegex(@"(?<![\p{L}-])(?<name>(?:the )?(?:\p{Lu}[\p{L}-]+ ){1,4}(?<head>\p{Lu}\p{Ll}+))\b")]
    private static partial Regex HeadedPhrase();

    /// <summary>"Gramsci's "The Southern Question"": a quoted title after a possessive name.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])\p{Lu}\p{Ll}+['’]s [""“](?<title>\p{Lu}[^""”\n]{2,80}?)[,.]?[""”]")]
    private static partial Regex PossessiveQuotedTitle();

    /// <summary>"a *Pravda* editorial": a periodical's piece.</summary>
    [GeneratedRegex(@"(?<![\p{L}*])\*(?<periodical>\p{Lu}[^*\n]{1,40}?)\* (?<noun>editorial|article|interview|leader)\b")]
    private static partial Regex PeriodicalPiece();

    /// <summary>"the resolution of the Central Committee of the CPSU": a document a body issued.</summary>
    [GeneratedRegex(@"\b(?<noun>resolution|decree|directive|declaration|platform|appeal|communiqué|communique) of the (?<body>\p{Lu}[\p{L}-]+(?: (?:of the |of )?\p{Lu}[\p{L}-]+)*)")]
    private static partial Regex BodysDocument();

    /// <summary>"Riutin, an Old Bolshevik, had published an alternative program": a document a named person produced.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<name>\p{Lu}\p{Ll}+)(?:, [^,.]{1,40},)? (?:had )?(?:published|wrote|issued|drafted|circulated|delivered) (?:an?|the|his|her) (?:[\p{Ll}-]+ )?(?<noun>program|programme|platform|pamphlet|manifesto|memorandum|letter|speech|book|essay)\b")]
    private static partial Regex PersonProduced();

    /// <summary>"In a letter of 1874, Engels had ...": a dated document whose writer is named right after.</summary>
    [GeneratedRegex(@"\b[Aa]n? (?<noun>letter|speech|article|memorandum|report) of (?<year>1[5-9]\d\d|20\d\d), (?<name>\p{Lu}\p{Ll}+)\b")]
    private static partial Regex DatedDocumentThenWriter();

    public IEnumerable<EntityMention> Scan()
    {
        foreach (Match m in PersonProduced().Matches(_text))
        {
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Work, $"{Possessive(m.Groups["name"].Value)} {m.Groups["noun"].Value}", "a document a named person produced");
        }
        foreach (Match m in DatedDocumentThenWriter().Matches(_text))
        {
            yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Work,
                $"{Possessive(m.Groups["name"].Value)} {m.Groups["noun"].Value} of {m.Groups["year"].Value}", "a dated document and its writer");
        }
        foreach (Match m in PeriodicalPiece().Matches(_text))
        {
            yield return new EntityMention(unit, m.Index + 1, m.Index + m.Length, EntityKind.Work, $"{m.Groups["periodical"].Value} {m.Groups["noun"].Value}", "a periodical's " + m.Groups["noun"].Value);
        }
        foreach (Match m in BodysDocument().Matches(_text))
        {
            string[] words = m.Groups["body"].Value.Split(' ');
            bool complete = !_text.AsSpan(m.Index + m.Length).StartsWith("'s", StringComparison.Ordinal) && !_text.AsSpan(m.Index + m.Length).StartsWith("’s", StringComparison.Ordinal);
            if (complete && words.Any(w => Gazetteer.OrganizationCues.Contains(w) || (w.Length >= 2 && w.All(char.IsUpper))))
            {
                yield return new EntityMention(unit, m.Index, m.Index + m.Length, EntityKind.Work, m.Value, "a document issued by a body");
            }
        }
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
            // After a quotation, italics name its source: a person ("*Moishe Lewin*", two or three words) or a document.
            bool attribution = AfterQuotation().IsMatch(_text[..m.Index]);
            if (heading || (attribution && value.Split(' ').Length < 4))
            {
                continue;
            }
            if (attribution)
            {
                yield return new EntityMention(unit, title.Index, title.Index + value.Length, EntityKind.Work, value, "the source named after a quotation");
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

    /// <summary>"Riutin's", "Engels'".</summary>
    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private bool InItalics(int position) => _text.AsSpan(0, position).Count('*') % 2 == 1;
}
