namespace KnowledgeGraph.Rdf.Formats;

/// <summary>A syntax error found while reading: which format, where (1-based line and column), and what.</summary>
/// <param name="Format">The format's name, for example <c>Turtle</c>.</param>
/// <param name="Line">The 1-based line of the offending token.</param>
/// <param name="Column">The 1-based column (in characters) of the offending token.</param>
/// <param name="Message">What is wrong and, where it helps, what was expected.</param>
/// <param name="Token">The offending text, when there is one.</param>
public sealed record RdfSyntaxError(string Format, int Line, int Column, string Message, string? Token = null)
{
    /// <summary>A one-line description such as <c>Turtle error at line 3, column 7: expected '.' (found ';')</c>.</summary>
    public override string ToString() =>
        Token is null
            ? $"{Format} error at line {Line}, column {Column}: {Message}"
            : $"{Format} error at line {Line}, column {Column}: {Message} (found '{Token}')";
}
