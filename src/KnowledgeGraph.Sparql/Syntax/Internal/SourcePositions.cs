namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// Where some AST nodes were written, by node identity (the AST itself stays free of positions, so equal trees
/// compare equal), so that the static rules checked after parsing can still report a line and column.
/// </summary>
internal sealed class SourcePositions
{
    private readonly Dictionary<object, SparqlToken> _tokens = new(ReferenceEqualityComparer.Instance);

    public T Remember<T>(T node, SparqlToken token)
        where T : class
    {
        _tokens[node] = token;
        return node;
    }

    public SparqlSyntaxException Error(object node, string detail) =>
        _tokens.TryGetValue(node, out var token)
            ? new SparqlSyntaxException(token.Line, token.Column, token.Text, detail)
            : new SparqlSyntaxException(detail);
}
