using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Writes the SELECT that answers one quad pattern: bound positions become constants, unbound ones variables, the
/// graph scope becomes the default graph, <c>GRAPH ?g</c>, a UNION of both, or <c>GRAPH &lt;g&gt;</c>. Pages are
/// ordered on every projected variable, so LIMIT/OFFSET pages neither skip nor repeat rows, and a store that caps
/// result sizes cannot silently truncate the answer (each page asks for fewer rows than the cap).
/// </summary>
internal static class PatternQuery
{
    public static string Select(QuadPattern pattern, int limit, long offset)
    {
        string s = pattern.Subject?.ToString() ?? "?s";
        string p = pattern.Predicate?.ToString() ?? "?p";
        string o = pattern.Object?.ToString() ?? "?o";
        string triple = $"{s} {p} {o}";
        string where = pattern.Scope switch
        {
            GraphScope.DefaultGraph => triple,
            GraphScope.NamedGraphs => $"GRAPH ?g {{ {triple} }}",
            GraphScope.OneGraph => $"GRAPH {pattern.Graph} {{ {triple} }}",
            _ => $"{{ {triple} }} UNION {{ GRAPH ?g {{ {triple} }} }}",
        };
        var variables = new List<string>();
        if (pattern.Subject is null)
        {
            variables.Add("?s");
        }
        if (pattern.Predicate is null)
        {
            variables.Add("?p");
        }
        if (pattern.Object is null)
        {
            variables.Add("?o");
        }
        if (pattern.Scope is GraphScope.NamedGraphs or GraphScope.AllGraphs)
        {
            variables.Add("?g");
        }
        var query = new StringBuilder("SELECT ");
        query.Append(variables.Count == 0 ? "(1 AS ?found)" : string.Join(' ', variables));
        query.Append(" WHERE { ").Append(where).Append(" }");
        if (variables.Count > 0)
        {
            query.Append(" ORDER BY ").Append(string.Join(' ', variables));
        }
        query.Append(CultureInfo.InvariantCulture, $" LIMIT {limit} OFFSET {offset}");
        return query.ToString();
    }
}
