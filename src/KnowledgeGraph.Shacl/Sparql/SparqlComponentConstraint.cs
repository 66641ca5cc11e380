using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Constraints;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>
/// A constraint of a SPARQL-based constraint component (SHACL 1.0 §6): the component's validator with the shape's
/// parameter values pre-bound. An ASK validator runs once per value node ($value pre-bound) and false is a result
/// for that value; a SELECT validator runs once per focus node and each solution is a result.
/// </summary>
internal sealed class SparqlComponentConstraint(Iri component, ShaclQuery validator, IReadOnlyDictionary<string, Term> parameters, IReadOnlyList<Literal> messages) : Constraint
{
    public ShaclQuery Query => validator;

    public override Iri Component => component;

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var bindings = new Dictionary<string, Term>(parameters, StringComparer.Ordinal) { ["this"] = focus, ["currentShape"] = shape.Node };
        if (!validator.IsAsk)
        {
            var result = validator.Run(context, bindings);
            SolutionReporter.Report(context, shape, focus, result.Results?.Solutions ?? [], Component, messages, null, bindings);
            return;
        }
        foreach (Term value in values)
        {
            bindings["value"] = value;
            if (validator.Run(context, bindings).Results?.Boolean == false)
            {
                context.Report(shape, focus, value, Component, MessageTemplate.Fill(messages.Count > 0 ? messages : shape.Messages, null, bindings));
            }
        }
    }
}
