namespace KnowledgeGraph.Server.Resources;

/// <summary>The prefixes documents are written with, so Turtle and TriG read as people expect.</summary>
public static class KnownPrefixes
{
    /// <summary>Prefix name and namespace pairs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        new("xsd", "http://www.w3.org/2001/XMLSchema#"),
        new("owl", "http://www.w3.org/2002/07/owl#"),
        new("schema", "https://schema.org/"),
        new("dcterms", "http://purl.org/dc/terms/"),
        new("foaf", "http://xmlns.com/foaf/0.1/"),
        new("skos", "http://www.w3.org/2004/02/skos/core#"),
        new("prov", "http://www.w3.org/ns/prov#"),
        new("oa", "http://www.w3.org/ns/oa#"),
        new("cito", "http://purl.org/spar/cito/"),
        new("fabio", "http://purl.org/spar/fabio/"),
        new("biro", "http://purl.org/spar/biro/"),
        new("c4o", "http://purl.org/spar/c4o/"),
        new("void", "http://rdfs.org/ns/void#"),
        new("wd", "http://www.wikidata.org/entity/"),
    ];
}
