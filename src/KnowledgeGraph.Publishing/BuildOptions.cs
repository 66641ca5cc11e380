namespace KnowledgeGraph.Publishing;

/// <summary>What to build and where to.</summary>
public sealed record BuildOptions
{
    /// <summary>The default base IRI of minted resources (documented in the README; the server maps it later).</summary>
    public const string DefaultBaseIri = "https://example.org/kg/";

    /// <summary>The essays (Markdown exports) to read.</summary>
    public required IReadOnlyList<string> Essays { get; init; }

    /// <summary>The folder the dumps are written to.</summary>
    public string OutputDirectory { get; init; } = "out";

    /// <summary>The base IRI for minted resources.</summary>
    public string BaseIri { get; init; } = DefaultBaseIri;

    /// <summary>The SHACL shapes files (Turtle) to validate against.</summary>
    public IReadOnlyList<string> ShapesFiles { get; init; } = [];

    /// <summary>Told each step of the build as it starts ("extracting entities of gouldner-1978-stalinism.md"); null for silence.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Curation files (Turtle, see <c>Curation.CurationFileReader</c>) applied after extraction, in this order; empty for none.</summary>
    public IReadOnlyList<string> CurationFiles { get; init; } = [];

    /// <summary>The ontology files (Turtle); curation reads class hierarchies from them when it retypes an entity.</summary>
    public IReadOnlyList<string> OntologyFiles { get; init; } = [];

    /// <summary>
    /// The reviewed linkset to merge (Turtle of <c>kgo:EntityLink</c> records, e.g. <c>links/wikidata.ttl</c>); null
    /// builds without links. Read offline: the build never asks Wikidata.
    /// </summary>
    public string? Linkset { get; init; }

    /// <summary>The review decisions that override the linkset (e.g. <c>curation/links-review.ttl</c>); null or a missing file for none.</summary>
    public string? LinkReviews { get; init; }
}
