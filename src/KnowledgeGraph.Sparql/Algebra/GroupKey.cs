namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One GROUP BY key: an expression and, for a plain variable or <c>(expr AS ?v)</c>, the variable it binds in the output.</summary>
/// <param name="Expression">The key expression.</param>
/// <param name="Variable">The output variable, or null for an anonymous key.</param>
public sealed record GroupKey(Expression Expression, string? Variable)
{
    /// <summary>A key that groups by a variable and keeps it bound.</summary>
    public static GroupKey Of(string variable) => new(new VariableExpression(variable), variable);
}
