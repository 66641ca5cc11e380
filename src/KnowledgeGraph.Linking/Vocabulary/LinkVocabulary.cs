using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Linking.Vocabulary;

/// <summary>
/// The terms of link provenance (declared in <c>ontology/kgo.ttl</c>): one <c>kgo:EntityLink</c> per link or candidate,
/// saying which entity is linked to which outside item, with which predicate, how sure, how it was made, when, and
/// whether a person accepted or rejected it. The same terms record review decisions in <c>curation/links-review.ttl</c>.
/// </summary>
public static class LinkVocabulary
{
    /// <summary>The project ontology's namespace.</summary>
    public const string Kgo = "https://w3id.org/kg-essays/ontology#";

    /// <summary>The namespace of Wikidata items as linked data (<c>wd:</c>).</summary>
    public const string WikidataEntity = "http://www.wikidata.org/entity/";

    /// <summary>SKOS, whose <c>exactMatch</c> is the default link predicate.</summary>
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>OWL, whose <c>sameAs</c> is used only where identity is certain.</summary>
    public const string Owl = "http://www.w3.org/2002/07/owl#";

    /// <summary>Dublin Core terms (the date of a link).</summary>
    public const string DcTerms = "http://purl.org/dc/terms/";

    /// <summary>The class of a link's provenance record.</summary>
    public static readonly Iri EntityLink = new(Kgo + "EntityLink");

    /// <summary>The entity of our graph that is linked.</summary>
    public static readonly Iri LinkSource = new(Kgo + "linkSource");

    /// <summary>The outside item it is linked to.</summary>
    public static readonly Iri LinkTarget = new(Kgo + "linkTarget");

    /// <summary>The predicate of the link statement (skos:exactMatch or owl:sameAs).</summary>
    public static readonly Iri LinkPredicate = new(Kgo + "linkPredicate");

    /// <summary>How sure the link is, from 0 to 1.</summary>
    public static readonly Iri LinkScore = new(Kgo + "linkScore");

    /// <summary>How the link was made (a <c>kgo:LinkMethod</c>).</summary>
    public static readonly Iri LinkMethod = new(Kgo + "linkMethod");

    /// <summary>What review decided (a <c>kgo:ReviewStatus</c>).</summary>
    public static readonly Iri ReviewStatus = new(Kgo + "reviewStatus");

    /// <summary>Why: the evidence a reviewer or the reconciler saw (free text).</summary>
    public static readonly Iri LinkEvidence = new(Kgo + "linkEvidence");

    /// <summary>Made by a person who checked the item by hand.</summary>
    public static readonly Iri ManualReview = new(Kgo + "ManualReview");

    /// <summary>Made by the automatic reconciler, above its acceptance threshold.</summary>
    public static readonly Iri AutomaticReconciliation = new(Kgo + "AutomaticReconciliation");

    /// <summary>Accepted: the link is published.</summary>
    public static readonly Iri Accepted = new(Kgo + "Accepted");

    /// <summary>Rejected: the link must not be published, whatever a linkset says.</summary>
    public static readonly Iri Rejected = new(Kgo + "Rejected");

    /// <summary>Pending: a candidate waiting for review, not published.</summary>
    public static readonly Iri Pending = new(Kgo + "Pending");

    /// <summary><c>skos:exactMatch</c>.</summary>
    public static readonly Iri ExactMatch = new(Skos + "exactMatch");

    /// <summary><c>owl:sameAs</c>.</summary>
    public static readonly Iri SameAs = new(Owl + "sameAs");

    /// <summary><c>dcterms:date</c>.</summary>
    public static readonly Iri Date = new(DcTerms + "date");

    /// <summary>The prefixes linkset files are written with.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } =
    [
        new("kgo", Kgo),
        new("wd", WikidataEntity),
        new("skos", Skos),
        new("owl", Owl),
        new("dcterms", DcTerms),
        new("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        new("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    /// <summary>The item IRI of a Wikidata id (<c>Q33391</c> → <c>http://www.wikidata.org/entity/Q33391</c>).</summary>
    public static Iri WikidataItem(string qid) => new(WikidataEntity + qid);

    /// <summary>The Wikidata id of an item IRI, or null when the IRI is not a Wikidata item.</summary>
    public static string? WikidataId(Iri item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.Value.StartsWith(WikidataEntity, StringComparison.Ordinal))
        {
            return null;
        }
        string id = item.Value[WikidataEntity.Length..];
        return IsItemId(id) ? id : null;
    }

    /// <summary>True for an item id: <c>Q</c> followed by digits, without a leading zero.</summary>
    public static bool IsItemId(string id) =>
        id.Length >= 2 && id[0] == 'Q' && id[1] != '0' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
