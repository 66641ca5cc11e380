using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>Makes fields from reading-order positions, mapping them back to the source.</summary>
internal sealed class FieldFactory
{
    private readonly MappedText _text;

    public FieldFactory(MappedText text) => _text = text;

    public string Text => _text.Text;

    public TextField Field(int start, int end)
    {
        // Trim spaces and emphasis from the ends so the span covers the value itself.
        while (start < end && (char.IsWhiteSpace(Text[start]) || Text[start] == '*'))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(Text[end - 1]) || Text[end - 1] is '*' or ',' or ';' or ':'))
        {
            end--;
        }
        return new TextField(ReferenceText.Clean(Text[start..end]), _text.ToSource(start, end));
    }

    public PersonName Person(int start, int end) => new(Text[start..end].Trim(), _text.ToSource(start, end));
}
