using System.Globalization;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>Typed reads of constraint parameters; a value of the wrong kind is a shapes graph error naming the shape (SHACL 1.0 §3.4.2).</summary>
internal static class ParameterReader
{
    public static long NonNegativeInteger(Term shape, Iri parameter, Term value)
    {
        if (value is Literal literal && long.TryParse(literal.LexicalForm.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) && n >= 0
            && literal.Datatype.Value.StartsWith(Rdf.Vocabularies.Xsd.Namespace, StringComparison.Ordinal))
        {
            return n;
        }
        throw Invalid(shape, parameter, value, "a non-negative xsd:integer");
    }

    public static bool Boolean(Term shape, Iri parameter, Term value) => value switch
    {
        Literal { LexicalForm: "true" or "1" } l when l.Datatype.Equals(Rdf.Vocabularies.Xsd.Boolean) => true,
        Literal { LexicalForm: "false" or "0" } l when l.Datatype.Equals(Rdf.Vocabularies.Xsd.Boolean) => false,
        _ => throw Invalid(shape, parameter, value, "an xsd:boolean"),
    };

    /// <summary>Whether the value is the literal true: only "true"^^xsd:boolean switches a SHACL flag on ("1" does not).</summary>
    public static bool IsTrue(Term value) => value is Literal { LexicalForm: "true" } l && l.Datatype.Equals(Rdf.Vocabularies.Xsd.Boolean);

    public static Iri IriValue(Term shape, Iri parameter, Term value) =>
        value as Iri ?? throw Invalid(shape, parameter, value, "an IRI");

    public static string Text(Term shape, Iri parameter, Term value) =>
        value is Literal { HasLanguage: false } literal ? literal.LexicalForm : throw Invalid(shape, parameter, value, "a string literal");

    public static List<Term> List(GraphView shapes, Term shape, Iri parameter, Term value) =>
        shapes.List(value) ?? throw Invalid(shape, parameter, value, "a well-formed RDF list");

    private static ShapesGraphException Invalid(Term shape, Iri parameter, Term value, string expected) =>
        new($"Shape {shape}: {Short(parameter)} must be {expected}, not {value}.");

    private static string Short(Iri iri) => iri.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal) ? "sh:" + iri.Value[Sh.Namespace.Length..] : iri.ToString();
}
