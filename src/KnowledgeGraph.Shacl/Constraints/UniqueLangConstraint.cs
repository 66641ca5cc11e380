using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:uniqueLang true (SHACL 1.0 §4.4.5): no two value nodes share a language tag; one result per shared tag, without sh:value.</summary>
internal sealed class UniqueLangConstraint : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("UniqueLang");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var duplicated = values.OfType<Literal>()
            .Where(static l => l.HasLanguage)
            .GroupBy(static l => l.Language.ToLowerInvariant())
            .Where(static g => g.Count() > 1);
        foreach (var _ in duplicated)
        {
            context.Report(shape, focus, null, Component);
        }
    }
}
