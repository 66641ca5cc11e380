namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>Ordinal numbers written in figures or in words, for matching ("20th" and "Twentieth").</summary>
internal static class Ordinals
{
    private static readonly string[] Units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] Teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] TensOrdinal = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>"20th" → "twentieth", "22nd" → "twenty-second"; other words unchanged.</summary>
    public static string ToWord(string word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }
        if (digits is 0 or > 2 || word.Length != digits + 2 || !(word[digits..].ToLowerInvariant() is "st" or "nd" or "rd" or "th"))
        {
            return word;
        }
        int n = int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture);
        return n switch
        {
            < 10 => Units[n],
            < 20 => Teens[n - 10],
            _ when n % 10 == 0 => TensOrdinal[n / 10],
            _ => Tens[n / 10] + "-" + Units[n % 10],
        };
    }
}
