using KnowledgeGraph.Sparql.Syntax.Internal;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Parses SPARQL 1.1 queries and update requests into the immutable AST of this namespace, checking the grammar and
/// its static rules (variable scope of SELECT expressions and BIND, grouping, blank node label scope, VALUES arity,
/// no variables in INSERT/DELETE DATA, no blank nodes in DELETE).
/// </summary>
public static class SparqlParser
{
    /// <summary>Parses a query (grammar rule <c>QueryUnit</c>).</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs (a <c>BASE</c> in the text overrides it); without one,
    /// a relative IRI is an error.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid query.</exception>
    public static SparqlQuery ParseQuery(string text, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SparqlGrammarParser(text, baseIri).QueryUnit();
    }

    /// <summary>Parses an update request (grammar rule <c>UpdateUnit</c>); an empty request has no operations.</summary>
    /// <param name="text">The update text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs; without one, a relative IRI is an error.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid update request.</exception>
    public static SparqlUpdate ParseUpdate(string text, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SparqlGrammarParser(text, baseIri).UpdateUnit();
    }
}
