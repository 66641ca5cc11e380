using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Patterns for what stands before a title or back-reference: who wrote or edited it.</summary>
internal static partial class LeftContext
{
    private const string Cue = @"(?:(?:See also|see also|See|see|Cf\.|cf\.|Cited in|Cited by|cited in|cited by|In|in|and|Compare)\s+)?";

    [GeneratedRegex(@"(?<auth>(?!(?:Cited|Quoted)\b)" + NamePatterns.Names + @")\s*\(?\s*in\s+(?<ed>" + NamePatterns.Names + @"),\s*$")]
    public static partial Regex AuthorInEditor();

    [GeneratedRegex(@"(?<![Cc]ited\s|[Qq]uoted\s)\b[Ii]n\s+(?<ed>" + NamePatterns.Names + @"),\s*$")]
    public static partial Regex InEditor();

    [GeneratedRegex(@"(?<names>" + NamePatterns.Names + @"),\s*eds?\.,\s*$")]
    public static partial Regex Editors();

    [GeneratedRegex(@"(?<names>" + NamePatterns.Names + @"),\s*(?:(?:vol|Vol)\.\s*(?<vol>\d+),\s*)?(?:[/|]\s*)?$")]
    public static partial Regex Authors();

    [GeneratedRegex(@"^\s*" + Cue + @"(?<names>" + NamePatterns.Names + @")\s*$")]
    public static partial Regex BareAuthors();

    [GeneratedRegex(@"(?<names>" + NamePatterns.Name + @")['’]s?\s+(?:[a-z]+\s+){0,2}$")]
    public static partial Regex Possessive();

    [GeneratedRegex(@"(?<names>" + NamePatterns.Name + @"),?\s+(?:[a-z]+\s+){0,5}(?:his|her)\s+(?:[a-z]+\s+)?$")]
    public static partial Regex InHisWork();

    [GeneratedRegex(@"\b(?<names>[Mm]y)\s+$")]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"^\s*,?\s*(?:and|&)\s*$")]
    public static partial Regex AndOnly();

    [GeneratedRegex(@"(?:especially|esp\.|[Cc]hapter\s+\d+,|from)\s*$")]
    public static partial Regex SectionOfPrevious();
}
