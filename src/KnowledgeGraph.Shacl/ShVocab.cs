using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl;

/// <summary>The SHACL terms the shape parser and the validator read; the report terms are on <see cref="Sh"/>.</summary>
internal static class ShVocab
{
    public static readonly Iri NodeShape = Sh.Term("NodeShape");
    public static readonly Iri PropertyShape = Sh.Term("PropertyShape");
    public static readonly Iri Shape = Sh.Term("Shape");
    public static readonly Iri TargetNode = Sh.Term("targetNode");
    public static readonly Iri TargetClass = Sh.Term("targetClass");
    public static readonly Iri TargetSubjectsOf = Sh.Term("targetSubjectsOf");
    public static readonly Iri TargetObjectsOf = Sh.Term("targetObjectsOf");
    public static readonly Iri Path = Sh.Term("path");
    public static readonly Iri InversePath = Sh.Term("inversePath");
    public static readonly Iri AlternativePath = Sh.Term("alternativePath");
    public static readonly Iri ZeroOrMorePath = Sh.Term("zeroOrMorePath");
    public static readonly Iri OneOrMorePath = Sh.Term("oneOrMorePath");
    public static readonly Iri ZeroOrOnePath = Sh.Term("zeroOrOnePath");
    public static readonly Iri Deactivated = Sh.Term("deactivated");
    public static readonly Iri Severity = Sh.Term("severity");
    public static readonly Iri Message = Sh.Term("message");
    public static readonly Iri Class = Sh.Term("class");
    public static readonly Iri Datatype = Sh.Term("datatype");
    public static readonly Iri NodeKind = Sh.Term("nodeKind");
    public static readonly Iri MinCount = Sh.Term("minCount");
    public static readonly Iri MaxCount = Sh.Term("maxCount");
    public static readonly Iri MinExclusive = Sh.Term("minExclusive");
    public static readonly Iri MinInclusive = Sh.Term("minInclusive");
    public static readonly Iri MaxExclusive = Sh.Term("maxExclusive");
    public static readonly Iri MaxInclusive = Sh.Term("maxInclusive");
    public static readonly Iri MinLength = Sh.Term("minLength");
    public static readonly Iri MaxLength = Sh.Term("maxLength");
    public static readonly Iri Pattern = Sh.Term("pattern");
    public static readonly Iri Flags = Sh.Term("flags");
    public static readonly Iri LanguageIn = Sh.Term("languageIn");
    public static readonly Iri UniqueLang = Sh.Term("uniqueLang");
    public static readonly Iri EqualsProperty = Sh.Term("equals");
    public static readonly Iri Disjoint = Sh.Term("disjoint");
    public static readonly Iri LessThan = Sh.Term("lessThan");
    public static readonly Iri LessThanOrEquals = Sh.Term("lessThanOrEquals");
    public static readonly Iri Not = Sh.Term("not");
    public static readonly Iri And = Sh.Term("and");
    public static readonly Iri Or = Sh.Term("or");
    public static readonly Iri Xone = Sh.Term("xone");
    public static readonly Iri Node = Sh.Term("node");
    public static readonly Iri Property = Sh.Term("property");
    public static readonly Iri QualifiedValueShape = Sh.Term("qualifiedValueShape");
    public static readonly Iri QualifiedMinCount = Sh.Term("qualifiedMinCount");
    public static readonly Iri QualifiedMaxCount = Sh.Term("qualifiedMaxCount");
    public static readonly Iri QualifiedValueShapesDisjoint = Sh.Term("qualifiedValueShapesDisjoint");
    public static readonly Iri Closed = Sh.Term("closed");
    public static readonly Iri IgnoredProperties = Sh.Term("ignoredProperties");
    public static readonly Iri HasValue = Sh.Term("hasValue");
    public static readonly Iri In = Sh.Term("in");
    public static readonly Iri Sparql = Sh.Term("sparql");
    public static readonly Iri Select = Sh.Term("select");
    public static readonly Iri Ask = Sh.Term("ask");
    public static readonly Iri Prefixes = Sh.Term("prefixes");
    public static readonly Iri Declare = Sh.Term("declare");
    public static readonly Iri Prefix = Sh.Term("prefix");
    public static readonly Iri NamespaceProperty = Sh.Term("namespace");
    public static readonly Iri ConstraintComponent = Sh.Term("ConstraintComponent");
    public static readonly Iri Parameter = Sh.Term("parameter");
    public static readonly Iri Optional = Sh.Term("optional");
    public static readonly Iri Validator = Sh.Term("validator");
    public static readonly Iri NodeValidator = Sh.Term("nodeValidator");
    public static readonly Iri PropertyValidator = Sh.Term("propertyValidator");
    public static readonly Iri SparqlConstraintComponent = Sh.Term("SPARQLConstraintComponent");
    public static readonly Iri IriKind = Sh.Term("IRI");
    public static readonly Iri BlankNodeKind = Sh.Term("BlankNode");
    public static readonly Iri LiteralKind = Sh.Term("Literal");
    public static readonly Iri BlankNodeOrIri = Sh.Term("BlankNodeOrIRI");
    public static readonly Iri BlankNodeOrLiteral = Sh.Term("BlankNodeOrLiteral");
    public static readonly Iri IriOrLiteral = Sh.Term("IRIOrLiteral");
    public static readonly Iri RdfsClass = new("http://www.w3.org/2000/01/rdf-schema#Class");
    public static readonly Iri SubClassOf = new("http://www.w3.org/2000/01/rdf-schema#subClassOf");

    /// <summary>sh:XConstraintComponent for a local name X.</summary>
    public static Iri Component(string name) => Sh.Term(name + "ConstraintComponent");
}
