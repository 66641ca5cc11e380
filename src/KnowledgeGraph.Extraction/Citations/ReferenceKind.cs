namespace KnowledgeGraph.Extraction.Citations;

/// <summary>What kind of work a reference points to, as far as its form shows.</summary>
public enum ReferenceKind
{
    /// <summary>A book by its authors.</summary>
    Book,
    /// <summary>A book whose reference names editors (an edited volume).</summary>
    EditedBook,
    /// <summary>A chapter or contribution inside an edited volume or collection.</summary>
    Chapter,
    /// <summary>An article in a periodical.</summary>
    Article,
    /// <summary>A periodical cited as a whole or by issue date.</summary>
    Periodical,
    /// <summary>An unpublished manuscript.</summary>
    Manuscript,
    /// <summary>A speech or report delivered orally.</summary>
    Speech,
    /// <summary>The form does not tell.</summary>
    Unknown,
}
