using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Constraints;

/// <summary>SPARQL's str() as the string components use it: null for blank nodes (and triple terms), which fail them.</summary>
internal static class StringValue
{
    public static string? Of(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => null,
    };
}
