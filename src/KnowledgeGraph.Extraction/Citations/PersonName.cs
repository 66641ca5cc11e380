using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>A person's name as written in a reference ("E.H. Carr", "Moishe Lewin", "Cohen").</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Span">Where it is in the source.</param>
public sealed record PersonName(string Text, SourceSpan Span)
{
    /// <summary>The family name: the last word, which in these reference styles comes last.</summary>
    public string Family
    {
        get
        {
            string[] words = Text.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? Text : words[^1];
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
