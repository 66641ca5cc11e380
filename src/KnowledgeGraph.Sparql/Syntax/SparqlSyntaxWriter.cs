using KnowledgeGraph.Sparql.Syntax.Internal;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Writes the AST back as SPARQL text that <see cref="SparqlParser"/> parses to an equal AST. The output uses full
/// IRIs (no prefixes or base), quoted typed literals for numbers, expanded triples with labelled blank nodes, and
/// parentheses around every compound expression and path, so it never depends on precedence.
/// </summary>
public static class SparqlSyntaxWriter
{
    /// <summary>Writes a query.</summary>
    public static string Write(SparqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var printer = new SparqlAstPrinter();
        printer.Query(query);
        return printer.ToString();
    }

    /// <summary>Writes an update request (operations separated by <c>;</c>).</summary>
    public static string Write(SparqlUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var printer = new SparqlAstPrinter();
        printer.Update(update);
        return printer.ToString();
    }

    /// <summary>Writes one expression.</summary>
    public static string Write(Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var printer = new SparqlAstPrinter();
        printer.Expression(expression);
        return printer.ToString();
    }
}
