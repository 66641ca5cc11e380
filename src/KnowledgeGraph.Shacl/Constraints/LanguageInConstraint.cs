using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:languageIn (SHACL 1.0 §4.4.4): each value node is a literal whose language tag matches one of the ranges, as langMatches does.</summary>
internal sealed class LanguageInConstraint(IReadOnlyList<string> ranges) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("LanguageIn");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            bool ok = value is Literal { HasLanguage: true } literal
                && ranges.Any(r => context.Call("LANGMATCHES", [Literal.Simple(literal.Language), Literal.Simple(r)]) is Literal { LexicalForm: "true" or "1" });
            if (!ok)
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
