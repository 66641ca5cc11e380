using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl;

/// <summary>The SHACL vocabulary (namespace <c>http://www.w3.org/ns/shacl#</c>) as IRIs.</summary>
public static class Sh
{
    /// <summary>The SHACL namespace.</summary>
    public const string Namespace = "http://www.w3.org/ns/shacl#";

    /// <summary>The IRI of a term in the SHACL namespace.</summary>
    public static Iri Term(string localName) => new(Namespace + localName);

    /// <summary>sh:ValidationReport.</summary>
    public static readonly Iri ValidationReport = Term("ValidationReport");
    /// <summary>sh:ValidationResult.</summary>
    public static readonly Iri ValidationResult = Term("ValidationResult");
    /// <summary>sh:conforms.</summary>
    public static readonly Iri Conforms = Term("conforms");
    /// <summary>sh:result.</summary>
    public static readonly Iri Result = Term("result");
    /// <summary>sh:focusNode.</summary>
    public static readonly Iri FocusNode = Term("focusNode");
    /// <summary>sh:resultPath.</summary>
    public static readonly Iri ResultPath = Term("resultPath");
    /// <summary>sh:value.</summary>
    public static readonly Iri Value = Term("value");
    /// <summary>sh:sourceShape.</summary>
    public static readonly Iri SourceShape = Term("sourceShape");
    /// <summary>sh:sourceConstraintComponent.</summary>
    public static readonly Iri SourceConstraintComponent = Term("sourceConstraintComponent");
    /// <summary>sh:sourceConstraint.</summary>
    public static readonly Iri SourceConstraint = Term("sourceConstraint");
    /// <summary>sh:resultSeverity.</summary>
    public static readonly Iri ResultSeverity = Term("resultSeverity");
    /// <summary>sh:resultMessage.</summary>
    public static readonly Iri ResultMessage = Term("resultMessage");
    /// <summary>sh:Violation.</summary>
    public static readonly Iri Violation = Term("Violation");
    /// <summary>sh:Warning.</summary>
    public static readonly Iri Warning = Term("Warning");
    /// <summary>sh:Info.</summary>
    public static readonly Iri Info = Term("Info");
}
