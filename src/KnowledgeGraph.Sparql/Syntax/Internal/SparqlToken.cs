namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// One token. <see cref="Value"/> is the decoded content: the IRI without brackets, the string without quotes and
/// escapes, the variable or label without its sigil, the number as written (with its sign), the keyword or symbol.
/// </summary>
internal sealed record SparqlToken(SparqlTokenKind Kind, string Value, string Text, int Line, int Column, string Prefix = "")
{
    /// <summary>True for a keyword matched case-insensitively (SPARQL keywords are, except <c>a</c>).</summary>
    public bool IsWord(string keyword) =>
        Kind == SparqlTokenKind.Word && string.Equals(Value, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SparqlTokenKind.Symbol && Value == symbol;

    /// <summary>The token as an error message shows it.</summary>
    public string Display => Kind == SparqlTokenKind.End ? "end of input" : "'" + Text + "'";
}
