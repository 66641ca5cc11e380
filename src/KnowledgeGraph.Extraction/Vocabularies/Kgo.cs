using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>The project's own ontology (ontology/kgo.ttl): essays, footnotes, citation acts and the works they cite.</summary>
public static class Kgo
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "https://w3id.org/kg-essays/ontology#";

    /// <summary><c>dateStatedIn</c>: the text mention whose words give an event's date.</summary>
    public static readonly Iri DateStatedIn = new(Namespace + "dateStatedIn");

    /// <summary><c>StatedRelation</c>: a relation the essay states in so many words (a reified statement with its words).</summary>
    public static readonly Iri StatedRelation = new(Namespace + "StatedRelation");

    /// <summary><c>studentOf</c>: a person studied with another.</summary>
    public static readonly Iri StudentOf = new(Namespace + "studentOf");

    /// <summary><c>role</c>: the office or role a stated membership names.</summary>
    public static readonly Iri Role = new(Namespace + "role");

    /// <summary><c>Essay</c>.</summary>
    public static readonly Iri Essay = new(Namespace + "Essay");

    /// <summary><c>Footnote</c>.</summary>
    public static readonly Iri Footnote = new(Namespace + "Footnote");

    /// <summary><c>Paragraph</c>.</summary>
    public static readonly Iri Paragraph = new(Namespace + "Paragraph");

    /// <summary><c>FootnoteMarker</c>.</summary>
    public static readonly Iri FootnoteMarker = new(Namespace + "FootnoteMarker");

    /// <summary><c>Work</c>.</summary>
    public static readonly Iri Work = new(Namespace + "Work");

    /// <summary><c>Book</c>.</summary>
    public static readonly Iri Book = new(Namespace + "Book");

    /// <summary><c>EditedVolume</c>.</summary>
    public static readonly Iri EditedVolume = new(Namespace + "EditedVolume");

    /// <summary><c>Chapter</c>.</summary>
    public static readonly Iri Chapter = new(Namespace + "Chapter");

    /// <summary><c>Article</c>.</summary>
    public static readonly Iri Article = new(Namespace + "Article");

    /// <summary><c>Periodical</c>.</summary>
    public static readonly Iri Periodical = new(Namespace + "Periodical");

    /// <summary><c>Manuscript</c>.</summary>
    public static readonly Iri Manuscript = new(Namespace + "Manuscript");

    /// <summary><c>Speech</c>.</summary>
    public static readonly Iri Speech = new(Namespace + "Speech");

    /// <summary><c>Person</c>.</summary>
    public static readonly Iri Person = new(Namespace + "Person");

    /// <summary><c>Organization</c>.</summary>
    public static readonly Iri Organization = new(Namespace + "Organization");

    /// <summary><c>CitationAct</c>.</summary>
    public static readonly Iri CitationAct = new(Namespace + "CitationAct");

    /// <summary><c>BibliographicReference</c>.</summary>
    public static readonly Iri BibliographicReference = new(Namespace + "BibliographicReference");

    /// <summary><c>ExtractionRun</c>.</summary>
    public static readonly Iri ExtractionRun = new(Namespace + "ExtractionRun");

    /// <summary><c>footnoteNumber</c>.</summary>
    public static readonly Iri FootnoteNumber = new(Namespace + "footnoteNumber");

    /// <summary><c>paragraphIndex</c>.</summary>
    public static readonly Iri ParagraphIndex = new(Namespace + "paragraphIndex");

    /// <summary><c>hasFootnote</c>.</summary>
    public static readonly Iri HasFootnote = new(Namespace + "hasFootnote");

    /// <summary><c>hasParagraph</c>.</summary>
    public static readonly Iri HasParagraph = new(Namespace + "hasParagraph");

    /// <summary><c>hasMarker</c>.</summary>
    public static readonly Iri HasMarker = new(Namespace + "hasMarker");

    /// <summary><c>pointsTo</c>.</summary>
    public static readonly Iri PointsTo = new(Namespace + "pointsTo");

    /// <summary><c>inFootnote</c>.</summary>
    public static readonly Iri InFootnote = new(Namespace + "inFootnote");

    /// <summary><c>inParagraph</c>.</summary>
    public static readonly Iri InParagraph = new(Namespace + "inParagraph");

    /// <summary><c>citedPages</c>.</summary>
    public static readonly Iri CitedPages = new(Namespace + "citedPages");

    /// <summary><c>backReference</c>.</summary>
    public static readonly Iri BackReference = new(Namespace + "backReference");

    /// <summary><c>secondhand</c>.</summary>
    public static readonly Iri Secondhand = new(Namespace + "secondhand");

    /// <summary><c>relayedAuthor</c>.</summary>
    public static readonly Iri RelayedAuthor = new(Namespace + "relayedAuthor");

    /// <summary><c>hasReference</c>.</summary>
    public static readonly Iri HasReference = new(Namespace + "hasReference");

    /// <summary><c>resolvedTo</c>.</summary>
    public static readonly Iri ResolvedTo = new(Namespace + "resolvedTo");

    /// <summary><c>resolvedForward</c>.</summary>
    public static readonly Iri ResolvedForward = new(Namespace + "resolvedForward");

    /// <summary><c>textSelector</c>.</summary>
    public static readonly Iri TextSelector = new(Namespace + "textSelector");

    /// <summary><c>publicationPlace</c>.</summary>
    public static readonly Iri PublicationPlace = new(Namespace + "publicationPlace");

    /// <summary><c>publisherName</c>.</summary>
    public static readonly Iri PublisherName = new(Namespace + "publisherName");

    /// <summary><c>publicationYear</c>.</summary>
    public static readonly Iri PublicationYear = new(Namespace + "publicationYear");

    /// <summary><c>referenceText</c>.</summary>
    public static readonly Iri ReferenceText = new(Namespace + "referenceText");

    /// <summary><c>paragraphKind</c>.</summary>
    public static readonly Iri ParagraphKind = new(Namespace + "paragraphKind");

    /// <summary><c>SourceDocument</c>.</summary>
    public static readonly Iri SourceDocument = new(Namespace + "SourceDocument");

    /// <summary><c>TextMention</c>.</summary>
    public static readonly Iri TextMention = new(Namespace + "TextMention");

    /// <summary><c>mentions</c>.</summary>
    public static readonly Iri Mentions = new(Namespace + "mentions");

    /// <summary><c>evidence</c>.</summary>
    public static readonly Iri Evidence = new(Namespace + "evidence");

    /// <summary><c>Event</c>.</summary>
    public static readonly Iri Event = new(Namespace + "Event");

    /// <summary><c>Place</c>.</summary>
    public static readonly Iri Place = new(Namespace + "Place");

    /// <summary><c>Quotation</c>.</summary>
    public static readonly Iri Quotation = new(Namespace + "Quotation");

    /// <summary><c>quotes</c>.</summary>
    public static readonly Iri Quotes = new(Namespace + "quotes");
}
