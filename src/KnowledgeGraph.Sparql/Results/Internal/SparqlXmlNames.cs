namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>Namespaces of the SPARQL Query Results XML Format.</summary>
internal static class SparqlXmlNames
{
    public const string Results = "http://www.w3.org/2005/sparql-results#";

    /// <summary>The Internationalization Tag Set namespace SPARQL 1.2 uses for <c>its:dir</c>.</summary>
    public const string Its = "http://www.w3.org/2005/11/its";

    public const string Xml = "http://www.w3.org/XML/1998/namespace";
}
