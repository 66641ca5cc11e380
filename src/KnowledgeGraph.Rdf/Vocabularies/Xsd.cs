using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>XML Schema datatypes used by RDF (<c>http://www.w3.org/2001/XMLSchema#</c>).</summary>
public static class Xsd
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://www.w3.org/2001/XMLSchema#";

    /// <summary><c>xsd:string</c>, the datatype of simple literals.</summary>
    public static readonly Iri String = new(Namespace + "string");
    /// <summary><c>xsd:boolean</c>.</summary>
    public static readonly Iri Boolean = new(Namespace + "boolean");
    /// <summary><c>xsd:integer</c>.</summary>
    public static readonly Iri Integer = new(Namespace + "integer");
    /// <summary><c>xsd:decimal</c>.</summary>
    public static readonly Iri Decimal = new(Namespace + "decimal");
    /// <summary><c>xsd:double</c>.</summary>
    public static readonly Iri Double = new(Namespace + "double");
    /// <summary><c>xsd:float</c>.</summary>
    public static readonly Iri Float = new(Namespace + "float");
    /// <summary><c>xsd:dateTime</c>.</summary>
    public static readonly Iri DateTime = new(Namespace + "dateTime");
    /// <summary><c>xsd:date</c>.</summary>
    public static readonly Iri Date = new(Namespace + "date");
    /// <summary><c>xsd:gYear</c>.</summary>
    public static readonly Iri GYear = new(Namespace + "gYear");
}
