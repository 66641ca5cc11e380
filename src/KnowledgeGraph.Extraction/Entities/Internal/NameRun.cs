namespace KnowledgeGraph.Extraction.Entities.Internal;

/// <summary>
/// Capitalised tokens standing next to each other, separated by single spaces: the raw material of a name
/// ("E.H. Carr", "Chou En-lai", "Central Control Commission").
/// </summary>
internal sealed class NameRun(string text, IReadOnlyList<NameToken> tokens)
{
    private readonly string _text = text;

    public IReadOnlyList<NameToken> Tokens { get; } = tokens;

    public int Start => Tokens[0].Start;

    public int End => Tokens[^1].End;

    public string Value => _text[Start..End];

    /// <summary>Whether the run is followed by a possessive "'s" (or a bare apostrophe after s).</summary>
    public bool IsPossessive => End < _text.Length && (_text[End] is '\'' or '’');

    /// <summary>Whether the run is the whole of an italic span (a title), as in "*Dopo Krusciov*".</summary>
    public bool IsWholeItalic => Start > 0 && _text[Start - 1] == '*' && End < _text.Length && _text[End] == '*';

    /// <summary>The run from token <paramref name="from"/> on.</summary>
    public NameRun Skip(int from) => new(_text, [.. Tokens.Skip(from)]);

    public override string ToString() => Value;
}
