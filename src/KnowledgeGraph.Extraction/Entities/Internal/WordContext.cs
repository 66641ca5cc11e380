namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>Looks at the words around a span of a unit's text.</summary>
internal static class WordContext
{
    /// <summary>The words before <paramref name="start"/>, nearest first (letters, digits and apostrophes; punctuation is a word of its own).</summary>
    public static List<string> Before(string text, int start, int count)
    {
        var words = new List<string>();
        int i = start - 1;
        while (i >= 0 && words.Count < count)
        {
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }
            if (i < 0)
            {
                break;
            }
            if (char.IsLetterOrDigit(text[i]))
            {
                int end = i + 1;
                while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'))
                {
                    i--;
                }
                words.Add(text[(i + 1)..end]);
            }
            else
            {
                words.Add(text[i].ToString());
                i--;
            }
        }
        return words;
    }

    /// <summary>The words after <paramref name="end"/>, nearest first.</summary>
    public static List<string> After(string text, int end, int count)
    {
        var words = new List<string>();
        int i = end;
        while (i < text.Length && words.Count < count)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            if (char.IsLetterOrDigit(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
                words.Add(text[start..i]);
            }
            else
            {
                words.Add(text[i].ToString());
                i++;
            }
        }
        return words;
    }

    /// <summary>Whether a position starts a sentence: only quotes, brackets, asterisks and spaces since the start or a full stop.</summary>
    public static bool StartsSentence(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '"' or '“' or '‘' or '\'' or '*' or '(' or '[' or '\n' or '>' or '—'))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or '…';
    }
}
