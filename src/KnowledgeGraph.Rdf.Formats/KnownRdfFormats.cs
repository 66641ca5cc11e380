namespace KnowledgeGraph.Rdf.Formats;

/// <summary>The RDF syntaxes this library implements, with their registered media types and extensions.</summary>
public static class KnownRdfFormats
{
    /// <summary>N-Triples (<see href="https://www.w3.org/TR/n-triples/"/>).</summary>
    public static RdfFormat NTriples { get; } = new(
        "N-Triples", ["application/n-triples", "text/plain"], ["nt"],
        "http://www.w3.org/ns/formats/N-Triples", false, () => new NTriples.NTriplesReader(), () => new NTriples.NTriplesWriter());

    /// <summary>N-Quads (<see href="https://www.w3.org/TR/n-quads/"/>).</summary>
    public static RdfFormat NQuads { get; } = new(
        "N-Quads", ["application/n-quads", "text/x-nquads"], ["nq"],
        "http://www.w3.org/ns/formats/N-Quads", true, () => new NQuads.NQuadsReader(), () => new NQuads.NQuadsWriter());

    /// <summary>Turtle (<see href="https://www.w3.org/TR/turtle/"/>).</summary>
    public static RdfFormat Turtle { get; } = new(
        "Turtle", ["text/turtle", "application/x-turtle"], ["ttl", "turtle"],
        "http://www.w3.org/ns/formats/Turtle", false, () => new Turtle.TurtleReader(), () => new Turtle.TurtleWriter());

    /// <summary>TriG (<see href="https://www.w3.org/TR/trig/"/>).</summary>
    public static RdfFormat TriG { get; } = new(
        "TriG", ["application/trig", "application/x-trig"], ["trig"],
        "http://www.w3.org/ns/formats/TriG", true, () => new TriG.TrigReader(), () => new TriG.TrigWriter());

    /// <summary>RDF/XML (<see href="https://www.w3.org/TR/rdf-syntax-grammar/"/>).</summary>
    public static RdfFormat RdfXml { get; } = new(
        "RDF/XML", ["application/rdf+xml", "application/xml"], ["rdf", "owl", "xml"],
        "http://www.w3.org/ns/formats/RDF_XML", false, () => new RdfXml.RdfXmlReader(), () => new RdfXml.RdfXmlWriter());

    /// <summary>JSON-LD 1.1 (<see href="https://www.w3.org/TR/json-ld11/"/>); remote contexts are not loaded.</summary>
    public static RdfFormat JsonLd { get; } = new(
        "JSON-LD", ["application/ld+json"], ["jsonld"],
        "http://www.w3.org/ns/formats/JSON-LD", true, () => new JsonLd.JsonLdReader(), () => new JsonLd.JsonLdWriter());

    /// <summary>All of the above, most specific media types first.</summary>
    public static IReadOnlyList<RdfFormat> All { get; } = [NTriples, NQuads, Turtle, TriG, RdfXml, JsonLd];
}
