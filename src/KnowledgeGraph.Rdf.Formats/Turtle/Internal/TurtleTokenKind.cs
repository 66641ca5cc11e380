namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>The kinds of token the Turtle and TriG lexer produces.</summary>
internal enum TurtleTokenKind
{
    EndOfInput,
    /// <summary>Stands in for input the lexer rejected, so error recovery does not mistake it for the previous token.</summary>
    Invalid,
    /// <summary>An IRIREF; the value is the unescaped, unresolved reference.</summary>
    IriRef,
    /// <summary>PNAME_NS or PNAME_LN; prefix and unescaped local part.</summary>
    PrefixedName,
    /// <summary>A BLANK_NODE_LABEL; the value is the label without <c>_:</c>.</summary>
    BlankNodeLabel,
    /// <summary>Any of the four string forms; the value is unescaped.</summary>
    String,
    /// <summary><c>@</c> followed by a language tag or the words <c>prefix</c>/<c>base</c>; value without <c>@</c>.</summary>
    AtWord,
    Integer,
    Decimal,
    Double,
    /// <summary>A bare word: <c>a</c>, <c>true</c>, <c>false</c>, <c>PREFIX</c>, <c>BASE</c>, <c>GRAPH</c> or an unknown word.</summary>
    Word,
    DoubleCaret,
    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParenthesis,
    CloseParenthesis,
    OpenBrace,
    CloseBrace,
}
