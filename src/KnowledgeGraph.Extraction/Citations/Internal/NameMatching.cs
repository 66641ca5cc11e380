namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Compares family names tolerantly: case, diacritics, and one OCR slip in a long name.</summary>
internal static class NameMatching
{
    public static bool SameFamily(string a, string b)
    {
        string x = ReferenceText.Normalize(a);
        string y = ReferenceText.Normalize(b);
        if (x == y)
        {
            return true;
        }
        return x.Length >= 5 && y.Length >= 5 && Distance(x, y) <= 1;
    }

    public static bool AnyFamily(IEnumerable<PersonName> names, string family) => names.Any(n => SameFamily(n.Family, family));

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b) => KnowledgeGraph.Text.EditDistance.Levenshtein(a, b);
}
