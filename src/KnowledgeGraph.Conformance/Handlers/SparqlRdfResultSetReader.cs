using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Reads expected results written as RDF in the DAWG result-set vocabulary (<c>rs:ResultSet</c>,
/// <c>rs:resultVariable</c>, <c>rs:solution</c>/<c>rs:binding</c>, <c>rs:boolean</c>), which older SPARQL tests use
/// instead of the XML or JSON formats. Solutions are sorted by <c>rs:index</c> when they carry one.
/// </summary>
internal static class SparqlRdfResultSetReader
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly Iri RdfType = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static readonly Iri ResultSet = new(Rs + "ResultSet");

    /// <summary>Whether the triples hold a result set rather than an expected graph.</summary>
    public static bool IsResultSet(IEnumerable<Quad> quads) =>
        quads.Any(static q => q.Predicate.Equals(RdfType) && q.Object.Equals(ResultSet));

    /// <summary>Reads the (single) result set in the triples.</summary>
    public static SparqlResultSet Read(IReadOnlyList<Quad> quads)
    {
        Term root = quads.First(static q => q.Predicate.Equals(RdfType) && q.Object.Equals(ResultSet)).Subject;
        Term? One(Term subject, string property) =>
            quads.FirstOrDefault(q => q.Subject.Equals(subject) && q.Predicate.Value == Rs + property).Object;
        IEnumerable<Term> All(Term subject, string property) =>
            quads.Where(q => q.Subject.Equals(subject) && q.Predicate.Value == Rs + property).Select(static q => q.Object);

        if (One(root, "boolean") is Literal answer)
        {
            return SparqlResultSet.ForAsk(answer.LexicalForm == "true");
        }
        List<string> variables = All(root, "resultVariable").OfType<Literal>().Select(static l => l.LexicalForm).ToList();
        var rows = new List<(int Index, QuerySolution Solution)>();
        foreach (Term solution in All(root, "solution"))
        {
            var bindings = new Dictionary<string, Term?>(StringComparer.Ordinal);
            foreach (Term binding in All(solution, "binding"))
            {
                if (One(binding, "variable") is Literal name && One(binding, "value") is { } value)
                {
                    bindings[name.LexicalForm] = value;
                }
            }
            int index = One(solution, "index") is Literal i && int.TryParse(i.LexicalForm, out int n) ? n : int.MaxValue;
            rows.Add((index, new QuerySolution(variables.Select(v => new KeyValuePair<string, Term?>(v, bindings.GetValueOrDefault(v))))));
        }
        return SparqlResultSet.ForSelect(variables, rows.OrderBy(static r => r.Index).Select(static r => r.Solution).ToList());
    }
}
