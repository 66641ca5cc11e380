using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Report;
using KnowledgeGraph.Shacl.Validation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>
/// Turns the solutions of a SELECT-based validator into validation results (SHACL 1.0 §5.3.2, §6.3): focus node
/// $this, sh:resultPath ?path when it is bound to an IRI (else the shape's path), sh:value ?value when bound (else
/// the focus node, for node shapes), messages with {?var} filled in. A solution with ?failure true is an error.
/// </summary>
internal static class SolutionReporter
{
    public static void Report(
        ValidationContext context,
        Shape shape,
        Term focus,
        IEnumerable<QuerySolution> solutions,
        Iri component,
        IReadOnlyList<Literal> messages,
        Term? sourceConstraint,
        IReadOnlyDictionary<string, Term> bindings)
    {
        foreach (QuerySolution solution in solutions)
        {
            if (solution["failure"] is Literal { LexicalForm: "true" or "1" } && solution["failure"] is Literal l && l.Datatype.Equals(Xsd.Boolean))
            {
                throw new ShaclValidationException($"The SPARQL validator of shape {shape.Node} reported a failure for focus node {focus}.");
            }
            Term? value = solution["value"] ?? (shape.IsPropertyShape ? null : focus);
            Term? path = shape.Path?.Node;
            IReadOnlyList<Triple> description = shape.Path?.Description ?? [];
            string? pathText = shape.Path?.Expression.ToSparql();
            if (solution["path"] is Iri predicate)
            {
                path = predicate;
                description = [];
                pathText = "<" + predicate.Value + ">";
            }
            context.Report(new ValidationResult(
                focus, path, description, pathText, value, shape.Node, component, shape.Severity,
                MessageTemplate.Fill(messages.Count > 0 ? messages : shape.Messages, solution, bindings), sourceConstraint));
        }
    }
}
