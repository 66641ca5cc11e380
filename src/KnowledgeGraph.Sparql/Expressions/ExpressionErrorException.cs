namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// An expression evaluation error in the sense of SPARQL 1.1 section 17.2 (a type error, an unbound variable, a
/// failed cast...). It is not a bug: FILTER treats it as false, BIND leaves the variable unbound, and
/// <c>||</c>/<c>&amp;&amp;</c>/<c>COALESCE</c>/<c>IF</c> handle it as the spec's truth tables say.
/// </summary>
public sealed class ExpressionErrorException : Exception
{
    /// <summary>Creates the error with a description for debugging.</summary>
    public ExpressionErrorException(string message)
        : base(message)
    {
    }
}
