using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:pattern with optional sh:flags (SHACL 1.0 §4.4.3): SPARQL REGEX on str() of each value node, using the SPARQL
/// engine's XPath regular expressions; a blank node fails.
/// </summary>
internal sealed class PatternConstraint(string pattern, string? flags) : Constraint
{
    private readonly Literal _pattern = Literal.Simple(pattern);
    private readonly Literal? _flags = flags is null ? null : Literal.Simple(flags);

    public override Iri Component { get; } = ShVocab.Component("Pattern");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            string? text = StringValue.Of(value);
            Term? matched = text is null ? null
                : context.Call("REGEX", _flags is null ? [Literal.Simple(text), _pattern] : [Literal.Simple(text), _pattern, _flags]);
            if (matched is not Literal { LexicalForm: "true" or "1" })
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }
}
