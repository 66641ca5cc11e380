using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>schema.org terms the published data states so harvesters need no reasoning.</summary>
public static class Schema
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "https://schema.org/";

    /// <summary><c>Person</c>.</summary>
    public static readonly Iri Person = new(Namespace + "Person");

    /// <summary><c>Organization</c>.</summary>
    public static readonly Iri Organization = new(Namespace + "Organization");

    /// <summary><c>CreativeWork</c>.</summary>
    public static readonly Iri CreativeWork = new(Namespace + "CreativeWork");

    /// <summary><c>Book</c>.</summary>
    public static readonly Iri Book = new(Namespace + "Book");

    /// <summary><c>Chapter</c>.</summary>
    public static readonly Iri Chapter = new(Namespace + "Chapter");

    /// <summary><c>ScholarlyArticle</c>.</summary>
    public static readonly Iri ScholarlyArticle = new(Namespace + "ScholarlyArticle");

    /// <summary><c>Article</c>.</summary>
    public static readonly Iri Article = new(Namespace + "Article");

    /// <summary><c>Periodical</c>.</summary>
    public static readonly Iri Periodical = new(Namespace + "Periodical");

    /// <summary><c>Manuscript</c>.</summary>
    public static readonly Iri Manuscript = new(Namespace + "Manuscript");

    /// <summary><c>name</c>.</summary>
    public static readonly Iri Name = new(Namespace + "name");

    /// <summary><c>author</c>.</summary>
    public static readonly Iri Author = new(Namespace + "author");

    /// <summary><c>editor</c>.</summary>
    public static readonly Iri Editor = new(Namespace + "editor");

    /// <summary><c>translator</c>.</summary>
    public static readonly Iri Translator = new(Namespace + "translator");

    /// <summary><c>isPartOf</c>.</summary>
    public static readonly Iri IsPartOf = new(Namespace + "isPartOf");

    /// <summary><c>datePublished</c>.</summary>
    public static readonly Iri DatePublished = new(Namespace + "datePublished");

    /// <summary><c>volumeNumber</c>.</summary>
    public static readonly Iri VolumeNumber = new(Namespace + "volumeNumber");

    /// <summary><c>issueNumber</c>.</summary>
    public static readonly Iri IssueNumber = new(Namespace + "issueNumber");

    /// <summary><c>publisher</c>.</summary>
    public static readonly Iri Publisher = new(Namespace + "publisher");

    /// <summary><c>locationCreated</c>.</summary>
    public static readonly Iri LocationCreated = new(Namespace + "locationCreated");

    /// <summary><c>pagination</c>.</summary>
    public static readonly Iri Pagination = new(Namespace + "pagination");

    /// <summary><c>citation</c>.</summary>
    public static readonly Iri Citation = new(Namespace + "citation");

    /// <summary><c>mentions</c>.</summary>
    public static readonly Iri Mentions = new(Namespace + "mentions");

    /// <summary><c>alternateName</c>.</summary>
    public static readonly Iri AlternateName = new(Namespace + "alternateName");

    /// <summary><c>spouse</c>.</summary>
    public static readonly Iri Spouse = new(Namespace + "spouse");

    /// <summary><c>colleague</c>.</summary>
    public static readonly Iri Colleague = new(Namespace + "colleague");

    /// <summary><c>memberOf</c>.</summary>
    public static readonly Iri MemberOf = new(Namespace + "memberOf");

    /// <summary><c>startDate</c>.</summary>
    public static readonly Iri StartDate = new(Namespace + "startDate");

    /// <summary><c>Place</c>.</summary>
    public static readonly Iri Place = new(Namespace + "Place");

    /// <summary><c>Event</c>.</summary>
    public static readonly Iri Event = new(Namespace + "Event");

    /// <summary><c>Quotation</c>.</summary>
    public static readonly Iri Quotation = new(Namespace + "Quotation");

    /// <summary><c>text</c>.</summary>
    public static readonly Iri Text = new(Namespace + "text");

    /// <summary><c>creator</c>.</summary>
    public static readonly Iri Creator = new(Namespace + "creator");

    /// <summary><c>isBasedOn</c>.</summary>
    public static readonly Iri IsBasedOn = new(Namespace + "isBasedOn");
}
