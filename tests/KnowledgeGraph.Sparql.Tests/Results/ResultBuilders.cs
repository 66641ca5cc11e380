using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>Short ways to write result sets in tests: <c>Select(["x","y"], Row(("x", Iri("a")), ("y", Int(1))))</c>.</summary>
internal static class ResultBuilders
{
    public static Iri Iri(string local) => new("http://example.org/" + local);

    public static BlankNode Blank(string label) => new(label);

    public static Literal Int(int value) => Literal.Typed(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer);

    public static Literal Text(string value) => Literal.Simple(value);

    public static QuerySolution Row(params (string Variable, Term? Value)[] bindings) =>
        new(bindings.Select(b => new KeyValuePair<string, Term?>(b.Variable, b.Value)));

    public static SparqlResultSet Select(string[] variables, params QuerySolution[] rows) => SparqlResultSet.ForSelect(variables, rows);

    /// <summary>The same results with blank nodes renamed (by a prefix) and rows shuffled by a seed.</summary>
    public static SparqlResultSet RelabelAndShuffle(SparqlResultSet results, int seed, string prefix = "r")
    {
        var random = new Random(seed);
        Term? Rename(Term? term) => term switch
        {
            BlankNode b => new BlankNode(prefix + b.Label),
            TripleTerm t => new TripleTerm(new Triple(Rename(t.Triple.Subject)!, t.Triple.Predicate, Rename(t.Triple.Object)!)),
            _ => term,
        };
        var rows = results.Solutions
            .Select(s => new QuerySolution(s.Bindings.Select(b => new KeyValuePair<string, Term?>(b.Key, Rename(b.Value)))))
            .OrderBy(_ => random.Next())
            .ToList();
        return SparqlResultSet.ForSelect([.. results.Variables.Reverse()], rows);
    }
}
