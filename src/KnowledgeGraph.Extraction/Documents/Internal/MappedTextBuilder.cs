using System.Text;

namespace KnowledgeGraph.Extraction.Documents;

/// <summary>Builds a <see cref="MappedText"/> from source ranges and inserted separators.</summary>
internal sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly List<MappedPiece> _pieces = [];

    public MappedTextBuilder(string source) => _source = source;

    public int Length => _text.Length;

    public bool EndsWithHyphenatedWord =>
        _text.Length >= 2 && _text[^1] == '-' && char.IsLetter(_text[^2]);

    /// <summary>Copies <c>source[start, end)</c>.</summary>
    public void Append(int start, int end)
    {
        if (end <= start)
        {
            return;
        }
        if (_pieces.Count > 0 && _pieces[^1].SourceStart + _pieces[^1].Length == start && _pieces[^1].TextStart + _pieces[^1].Length == _text.Length)
        {
            MappedPiece last = _pieces[^1];
            _pieces[^1] = last with { Length = last.Length + end - start };
        }
        else
        {
            _pieces.Add(new MappedPiece(_text.Length, start, end - start));
        }
        _text.Append(_source, start, end - start);
    }

    /// <summary>Inserts text that is not in the source (a joining space, a paragraph break).</summary>
    public void Insert(string text) => _text.Append(text);

    /// <summary>Drops the last character (the hyphen of a word broken across pages).</summary>
    public void DropLastCharacter()
    {
        _text.Length--;
        MappedPiece last = _pieces[^1];
        _pieces[^1] = last with { Length = last.Length - 1 };
        if (_pieces[^1].Length == 0)
        {
            _pieces.RemoveAt(_pieces.Count - 1);
        }
    }

    public MappedText Build() => new(_text.ToString(), [.. _pieces]);
}
