namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>One token with the position of its first character.</summary>
internal readonly record struct TurtleToken(TurtleTokenKind Kind, string Value, int Line, int Column, string Prefix = "")
{
    private const int MaxDisplayLength = 60;

    /// <summary>Whether the token is the bare word <paramref name="word"/> (case-sensitive).</summary>
    public bool IsWord(string word) => Kind == TurtleTokenKind.Word && string.Equals(Value, word, StringComparison.Ordinal);

    /// <summary>Whether the token is the bare keyword <paramref name="word"/>, ignoring case (SPARQL-style keywords).</summary>
    public bool IsKeyword(string word) => Kind == TurtleTokenKind.Word && string.Equals(Value, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token roughly as written, shortened, for error messages.</summary>
    public string Display()
    {
        string text = Kind switch
        {
            TurtleTokenKind.EndOfInput => "end of input",
            TurtleTokenKind.IriRef => "<" + Value + ">",
            TurtleTokenKind.PrefixedName => Prefix + ":" + Value,
            TurtleTokenKind.BlankNodeLabel => "_:" + Value,
            TurtleTokenKind.String => "\"" + Value + "\"",
            TurtleTokenKind.AtWord => "@" + Value,
            _ => Value,
        };
        return text.Length > MaxDisplayLength ? text[..MaxDisplayLength] + "..." : text;
    }
}
