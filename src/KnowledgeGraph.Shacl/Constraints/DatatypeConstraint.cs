using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:datatype (SHACL 1.0 §4.1.2): each value node is a literal of the datatype and, for a datatype the SPARQL engine
/// can cast to, its lexical form is in the datatype's lexical space (an ill-typed literal fails).
/// </summary>
internal sealed class DatatypeConstraint(Iri datatype) : Constraint
{
    public override Iri Component { get; } = ShVocab.Component("Datatype");

    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            if (value is not Literal literal || !literal.Datatype.Equals(datatype) || !IsWellFormed(context, literal))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }

    private static bool IsWellFormed(ValidationContext context, Literal literal)
    {
        if (literal.HasLanguage || !context.Functions.IsKnown(literal.Datatype.Value))
        {
            return true;
        }
        // A cast from the plain lexical form succeeds exactly when it is in the lexical space of the target type.
        return context.Call(literal.Datatype.Value, [Literal.Simple(literal.LexicalForm)]) is not null;
    }
}
