using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>Terms of the RDF vocabulary (<c>http://www.w3.org/1999/02/22-rdf-syntax-ns#</c>).</summary>
public static class RdfVocab
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary><c>rdf:type</c>.</summary>
    public static readonly Iri Type = new(Namespace + "type");
    /// <summary><c>rdf:first</c>.</summary>
    public static readonly Iri First = new(Namespace + "first");
    /// <summary><c>rdf:rest</c>.</summary>
    public static readonly Iri Rest = new(Namespace + "rest");
    /// <summary><c>rdf:nil</c>.</summary>
    public static readonly Iri Nil = new(Namespace + "nil");
    /// <summary><c>rdf:langString</c>, the datatype of language-tagged strings.</summary>
    public static readonly Iri LangString = new(Namespace + "langString");
    /// <summary><c>rdf:dirLangString</c>, the RDF 1.2 datatype of strings with a base direction.</summary>
    public static readonly Iri DirLangString = new(Namespace + "dirLangString");
    /// <summary><c>rdf:XMLLiteral</c>.</summary>
    public static readonly Iri XmlLiteral = new(Namespace + "XMLLiteral");
    /// <summary><c>rdf:JSON</c>.</summary>
    public static readonly Iri Json = new(Namespace + "JSON");
    /// <summary><c>rdf:Statement</c>.</summary>
    public static readonly Iri Statement = new(Namespace + "Statement");
    /// <summary><c>rdf:subject</c>.</summary>
    public static readonly Iri Subject = new(Namespace + "subject");
    /// <summary><c>rdf:predicate</c>.</summary>
    public static readonly Iri Predicate = new(Namespace + "predicate");
    /// <summary><c>rdf:object</c>.</summary>
    public static readonly Iri Object = new(Namespace + "object");
    /// <summary><c>rdf:reifies</c> (RDF 1.2).</summary>
    public static readonly Iri Reifies = new(Namespace + "reifies");
}
