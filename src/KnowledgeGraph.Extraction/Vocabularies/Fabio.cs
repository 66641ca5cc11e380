using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>FaBiO, the FRBR-aligned Bibliographic Ontology (SPAR).</summary>
public static class Fabio
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://purl.org/spar/fabio/";

    /// <summary><c>Book</c>.</summary>
    public static readonly Iri Book = new(Namespace + "Book");

    /// <summary><c>BookChapter</c>.</summary>
    public static readonly Iri BookChapter = new(Namespace + "BookChapter");

    /// <summary><c>JournalArticle</c>.</summary>
    public static readonly Iri JournalArticle = new(Namespace + "JournalArticle");

    /// <summary><c>Article</c>.</summary>
    public static readonly Iri Article = new(Namespace + "Article");

    /// <summary><c>Journal</c>.</summary>
    public static readonly Iri Journal = new(Namespace + "Journal");

    /// <summary><c>Newspaper</c>.</summary>
    public static readonly Iri Newspaper = new(Namespace + "Newspaper");

    /// <summary><c>Manuscript</c>.</summary>
    public static readonly Iri Manuscript = new(Namespace + "Manuscript");

    /// <summary><c>Expression</c>.</summary>
    public static readonly Iri Expression = new(Namespace + "Expression");
}
