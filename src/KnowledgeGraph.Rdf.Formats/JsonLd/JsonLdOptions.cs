using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The options of the JSON-LD API (§9.2 JsonLdOptions). Immutable; use <c>with</c> to change one.
/// </summary>
public sealed record JsonLdOptions
{
    /// <summary>Default options: JSON-LD 1.1, no base, remote loading refused.</summary>
    public static JsonLdOptions Default { get; } = new();

    /// <summary>The base IRI of the input document, or null for none.</summary>
    public string? Base { get; init; }

    /// <summary>Whether single-element arrays are replaced by their element when compacting.</summary>
    public bool CompactArrays { get; init; } = true;

    /// <summary>Whether IRIs are made relative to the base when compacting.</summary>
    public bool CompactToRelative { get; init; } = true;

    /// <summary>The loader for remote contexts and documents; defaults to one that refuses everything.</summary>
    public IDocumentLoader DocumentLoader { get; init; } = RefusingDocumentLoader.Instance;

    /// <summary>A context (JSON text of a context or of a document with <c>@context</c>) applied before expanding.</summary>
    public string? ExpandContext { get; init; }

    /// <summary>The URL of a context applied before expanding (loaded through <see cref="DocumentLoader"/>).</summary>
    public string? ExpandContextUrl { get; init; }

    /// <summary>
    /// Whether flatten() with a context may leave out the top-level <c>@graph</c> when the result is a single node
    /// (default false: flattened output always lists its nodes under <c>@graph</c>).
    /// </summary>
    public bool OmitGraph { get; init; }

    /// <summary>Whether the algorithms sort map keys, so output is deterministic.</summary>
    public bool Ordered { get; init; }

    /// <summary><c>json-ld-1.1</c> (the default) or <c>json-ld-1.0</c>.</summary>
    public string ProcessingMode { get; init; } = "json-ld-1.1";

    /// <summary>Whether toRdf keeps triples whose predicate is a blank node (generalized RDF).</summary>
    public bool ProduceGeneralizedRdf { get; init; }

    /// <summary>How toRdf and fromRdf carry <c>@direction</c>: null, <c>i18n-datatype</c> or <c>compound-literal</c>.</summary>
    public string? RdfDirection { get; init; }

    /// <summary>Whether fromRdf turns xsd:boolean, xsd:integer and xsd:double literals into JSON values.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>Whether fromRdf keeps rdf:type as a property instead of <c>@type</c>.</summary>
    public bool UseRdfType { get; init; }

    internal bool Is10 => ProcessingMode == "json-ld-1.0";
}
