using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>sh:nodeKind (SHACL 1.0 §4.1.3): each value node is of one of the kinds the value names.</summary>
internal sealed class NodeKindConstraint(Iri kind) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("NodeKind");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (!Allows(value))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }

    private bool Allows(Term value)
    {
        bool iri = value is Iri, blank = value is BlankNode, literal = value is Literal;
        return kind.Value[Sh.Namespace.Length..] switch
        {
            "IRI" => iri,
            "BlankNode" => blank,
            "Literal" => literal,
            "BlankNodeOrIRI" => blank || iri,
            "BlankNodeOrLiteral" => blank || literal,
            "IRIOrLiteral" => iri || literal,
            _ => false,
        };
    }

    public static bool IsKind(Term term) => term is Iri iri && iri.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal)
        && iri.Value[Sh.Namespace.Length..] is "IRI" or "BlankNode" or "Literal" or "BlankNodeOrIRI" or "BlankNodeOrLiteral" or "IRIOrLiteral";
}
