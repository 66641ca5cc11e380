using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>sh:message templates of SPARQL-based constraints (SHACL 1.0 §5.3.2): {?name} and {$name} become the solution's value.</summary>
internal static class MessageTemplate
{
    public static IReadOnlyList<Literal> Fill(IReadOnlyList<Literal> templates, QuerySolution? solution, IReadOnlyDictionary<string, Term> bindings)
    {
        if (templates.Count == 0)
        {
            return templates;
        }
        return templates.Select(t => new Literal(Substitute(t.LexicalForm, solution, bindings), t.Datatype, t.Language, t.Direction)).ToList();
    }

    private static string Substitute(string template, QuerySolution? solution, IReadOnlyDictionary<string, Term> bindings) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[?$]([A-Za-z_][A-Za-z0-9_]*)\}", match =>
        {
            string name = match.Groups[1].Value;
            Term? value = solution?[name] ?? (bindings.TryGetValue(name, out Term? bound) ? bound : null);
            return value switch
            {
                null => match.Value,
                Literal literal => literal.LexicalForm,
                Iri iri => iri.Value,
                _ => value.ToString(),
            };
        });
}
