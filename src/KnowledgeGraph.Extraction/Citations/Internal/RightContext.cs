using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Patterns for what follows a title: a container, an op. cit., a translator, an author after the title.</summary>
internal static partial class RightContext
{
    [GeneratedRegex(@"\G\s*,?\s*(?:\((?<y0>\d{4})\)\s*)?in\s+(?<names>" + NamePatterns.Names + @")(?<ed>,\s*eds?\.)?,\s*\*(?<cont>[^*\n]+)\*")]
    public static partial Regex InContainer();

    [GeneratedRegex(@"\G\s*,?\s*\*(?<cont>[^*\n]+)\*")]
    public static partial Regex ItalicNext();

    [GeneratedRegex(@"\G\s*,\s*(?:\*(?<extra>[^*\n]*?)[Oo]p\.\s?cit\.?\*|(?<extra>)[Oo]p\.\s?cit\.?)")]
    public static partial Regex OpCitNext();

    [GeneratedRegex(@"\G\s*,?\s*pp?\.\s*\d")]
    public static partial Regex PagesNext();

    [GeneratedRegex(@"\G[^()*""\n]{0,150}?\bby\s+(?<names>" + NamePatterns.Name + @")[^()*""\n]{0,60}?(?=\s*\()")]
    public static partial Regex ByAuthorBeforeParenthesis();

    [GeneratedRegex(@"\G\s*[.,]?\s*(?:[Tt]ranslated|[Tt]rans\.)\s+(?:by\s+)?(?<names>" + NamePatterns.Names + ")")]
    public static partial Regex Translator();

    [GeneratedRegex(@"\G\s*[.,]?\s*(?:[Ee]dited\s+by|ed\.\s+by)\s+(?<names>" + NamePatterns.Names + ")")]
    public static partial Regex EditedBy();

    [GeneratedRegex(@"\G\s*\(\d{4}\)\s*in\s")]
    public static partial Regex YearThenIn();

    [GeneratedRegex(@"\bunpublished\b", RegexOptions.IgnoreCase)]
    public static partial Regex Unpublished();
}
