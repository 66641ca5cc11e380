using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Validation;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>
/// sh:minLength and sh:maxLength (SHACL 1.0 §4.4.1-2): the string length, in code points, of each value node's
/// lexical form or IRI; a blank node always fails.
/// </summary>
internal abstract class LengthConstraint(long bound, bool isMinimum) : Constraint
{
    public override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (Term value in values)
        {
            string? text = StringValue.Of(value);
            if (text is null || (isMinimum ? CodePoints(text) < bound : CodePoints(text) > bound))
            {
                context.Report(shape, focus, value, Component);
            }
        }
    }

    private static long CodePoints(string text)
    {
        long count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            count++;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        return count;
    }
}
