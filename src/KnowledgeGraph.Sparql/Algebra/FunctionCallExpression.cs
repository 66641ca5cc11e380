namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A call of an operator or function whose arguments are all evaluated first, by the name
/// <see cref="Expressions.IFunctionLibrary.Invoke"/> takes (<c>=</c>, <c>+</c>, <c>STR</c>, an XSD cast's IRI...).
/// </summary>
/// <param name="Name">The function's name.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record FunctionCallExpression(string Name, IReadOnlyList<Expression> Arguments) : Expression
{
    /// <summary>Creates a call.</summary>
    public FunctionCallExpression(string name, params Expression[] arguments)
        : this(name, (IReadOnlyList<Expression>)arguments)
    {
    }
}
