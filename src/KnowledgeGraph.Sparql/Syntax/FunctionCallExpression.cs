namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A call whose arguments are all evaluated first: an operator (<c>=</c>, <c>+</c>, <c>UNARY-</c>...), a built-in named
/// by its upper-case keyword (<c>STRLEN</c>, <c>REGEX</c>...), or a function or cast named by its full IRI — the names
/// <see cref="Expressions.IFunctionLibrary"/> takes.
/// </summary>
/// <param name="Name">The operator symbol, keyword or IRI.</param>
/// <param name="Arguments">The arguments in order.</param>
/// <param name="Distinct">Whether an IRI function call was written with <c>DISTINCT</c> (grammar rule <c>ArgList</c>).</param>
public sealed record FunctionCallExpression(string Name, SyntaxList<Expression> Arguments, bool Distinct = false) : Expression
{
    /// <summary>Whether <see cref="Name"/> is an IRI (an extension function or a cast) rather than an operator or keyword.</summary>
    public bool IsIriFunction => Name.Contains(':', StringComparison.Ordinal);
}
