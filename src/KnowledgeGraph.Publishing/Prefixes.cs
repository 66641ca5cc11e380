using KnowledgeGraph.Extraction.Vocabularies;

namespace KnowledgeGraph.Publishing;

/// <summary>The prefixes the dumps are written with, and compact names for messages.</summary>
public static class Prefixes
{
    /// <summary>Prefix to namespace, in writing order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Standard { get; } =
    [
        new("kgo", Kgo.Namespace),
        new("schema", Schema.Namespace),
        new("cito", Cito.Namespace),
        new("fabio", Fabio.Namespace),
        new("biro", Biro.Namespace),
        new("c4o", C4o.Namespace),
        new("dcterms", DcTerms.Namespace),
        new("foaf", Foaf.Namespace),
        new("prov", Prov.Namespace),
        new("oa", Oa.Namespace),
        new("rdfs", Rdfs.Namespace),
        new("skos", "http://www.w3.org/2004/02/skos/core#"),
        new("owl", "http://www.w3.org/2002/07/owl#"),
        new("wd", "http://www.wikidata.org/entity/"),
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        new("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>A compact name (<c>schema:Book</c>) when a prefix fits, else the IRI in angle brackets.</summary>
    public static string Compact(string iri)
    {
        foreach ((string prefix, string ns) in Standard)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }
        return "<" + iri + ">";
    }
}
