using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// One bibliographic reference read from a footnote or the running text (in OpenCitations terms, a bibliographic
/// reference with its raw text), field by field, each field with its source span. A back-reference (<i>Ibid.</i>,
/// <i>op. cit.</i>, short form) keeps only what its words say; the citation extractor resolves it.
/// </summary>
public sealed class ParsedReference
{
    /// <summary>The footnote it was read from, or 0 for the running text.</summary>
    public int FootnoteNumber { get; init; }

    /// <summary>The raw text of the reference.</summary>
    public required TextField Raw { get; init; }

    /// <summary>The kind of work, as far as the form shows.</summary>
    public ReferenceKind Kind { get; set; } = ReferenceKind.Unknown;

    /// <summary>Whether and how it points back to an earlier reference.</summary>
    public BackReferenceKind BackReference { get; set; }

    /// <summary>Authors (of the chapter, for a chapter).</summary>
    public List<PersonName> Authors { get; } = [];

    /// <summary>Editors of the work or, for a chapter, of the volume it is in.</summary>
    public List<PersonName> Editors { get; } = [];

    /// <summary>Translators.</summary>
    public List<PersonName> Translators { get; } = [];

    /// <summary>The title (a short title for a short form).</summary>
    public TextField? Title { get; set; }

    /// <summary>The periodical or volume the work is in.</summary>
    public TextField? Container { get; set; }

    /// <summary>The volume.</summary>
    public TextField? Volume { get; set; }

    /// <summary>The issue.</summary>
    public TextField? Issue { get; set; }

    /// <summary>The place of publication.</summary>
    public TextField? Place { get; set; }

    /// <summary>The publisher.</summary>
    public TextField? Publisher { get; set; }

    /// <summary>The year of publication.</summary>
    public TextField? Year { get; set; }

    /// <summary>The pages cited.</summary>
    public TextField? Pages { get; set; }

    /// <summary>Whether the reference says the cited words were found in this work ("Cited in ...").</summary>
    public bool Secondhand { get; set; }

    /// <summary>For a secondhand citation, whose words were relayed, when named ("A. Ciliga, cited in ...").</summary>
    public PersonName? RelayedAuthor { get; set; }

    /// <summary>The CiTO property local name that characterises the citation (e.g. <c>citesAsEvidence</c>).</summary>
    public string Characterization { get; set; } = "cites";

    /// <summary>The reference's first character in the footnote's reading-order text, for ordering.</summary>
    internal int TextStart { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{FootnoteNumber}] {BackReference} {Kind} a={string.Join("; ", Authors)} e={string.Join("; ", Editors)} t={Title} c={Container} y={Year} p={Pages}";
}
