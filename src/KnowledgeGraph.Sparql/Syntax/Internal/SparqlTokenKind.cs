namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>The lexical classes of SPARQL's terminals that the parser tells apart.</summary>
internal enum SparqlTokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LanguageTag,
    Integer,
    Decimal,
    Double,
    String,
    Word,
    Symbol,
}
