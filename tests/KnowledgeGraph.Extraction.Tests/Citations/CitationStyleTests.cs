using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Tests.Citations;

/// <summary>Short texts in other citation styles, written for these tests, so nothing is tuned to one essay.</summary>
public sealed class CitationStyleTests
{
    private static CitationGraph Extract(string sample) =>
        CitationExtractor.Extract(EssayReader.ReadFile(Corpus.TestFile(Path.Combine("Samples", sample))));

    private static ParsedReference In(CitationGraph graph, int footnote, int index = 0) =>
        graph.Acts.Where(a => a.FootnoteNumber == footnote).ElementAt(index).Reference;

    [Fact]
    public void Chicago_notes_give_place_publisher_year_and_bare_pages()
    {
        ParsedReference book = In(Extract("chicago-notes.md"), 1);
        Assert.Equal("Carolyn Steedman", Assert.Single(book.Authors).Text);
        Assert.Equal("Dust: The Archive and Cultural History", book.Title!.Value);
        Assert.Equal("New Brunswick, NJ", book.Place!.Value);
        Assert.Equal("Rutgers University Press", book.Publisher!.Value);
        Assert.Equal("2002", book.Year!.Value);
        Assert.Equal("45", book.Pages!.Value);
    }

    [Fact]
    public void Chicago_journal_articles_give_volume_number_year_and_page_range()
    {
        ParsedReference article = In(Extract("chicago-notes.md"), 2);
        Assert.Equal(ReferenceKind.Article, article.Kind);
        Assert.Equal("Colonial Archives and the Arts of Governance", article.Title!.Value);
        Assert.Equal("Archival Science", article.Container!.Value);
        Assert.Equal(("2", "1", "2002", "87–109"), (article.Volume!.Value, article.Issue!.Value, article.Year!.Value, article.Pages!.Value));
    }

    [Fact]
    public void Chicago_short_forms_and_ibid_resolve_to_the_full_reference()
    {
        CitationGraph graph = Extract("chicago-notes.md");
        CitationAct shortForm = graph.Acts.Single(a => a.FootnoteNumber == 3);
        Assert.Equal(BackReferenceKind.ShortForm, shortForm.Reference.BackReference);
        Assert.Equal("Dust: The Archive and Cultural History", shortForm.Work.Title);
        Assert.Equal("50", shortForm.Reference.Pages!.Value);
        CitationAct ibid = graph.Acts.First(a => a.FootnoteNumber == 4);
        Assert.Equal(BackReferenceKind.Ibid, ibid.Reference.BackReference);
        Assert.Equal("Dust: The Archive and Cultural History", ibid.Work.Title);
        Assert.Equal("52", ibid.Reference.Pages!.Value);
        Assert.Equal("Silencing the Past: Power and the Production of History", In(graph, 4, 1).Title!.Value);
        Assert.Equal("citesAsRecommendedReading", In(graph, 4, 1).Characterization);
    }

    [Fact]
    public void Author_date_citations_resolve_to_the_reference_list_by_author_and_year()
    {
        CitationGraph graph = Extract("author-date.md");
        CitationAct polanyi = Assert.Single(graph.Acts, a => a.FootnoteNumber == 0);
        Assert.Equal("The Great Transformation", polanyi.Work.Title);
        Assert.Equal("57", polanyi.Reference.Pages!.Value);
        Assert.Equal(["Economic Action and Social Structure: The Problem of Embeddedness", "The Elusive Market: Embeddedness and the Paradigm of Economic Sociology"],
            graph.Acts.Where(a => a.FootnoteNumber == 1).Select(a => a.Work.Title));
    }

    [Fact]
    public void Author_date_reference_lists_are_read_field_by_field()
    {
        CitationGraph graph = Extract("author-date.md");
        CitedWork granovetter = graph.Works.Single(w => w.Title == "Economic Action and Social Structure: The Problem of Embeddedness");
        Assert.Equal("Mark Granovetter", Assert.Single(granovetter.Authors).Text);
        Assert.Equal(("1985", "91", "3", "American Journal of Sociology"), (granovetter.Year, granovetter.Volume, granovetter.Issue, granovetter.PartOf!.Title));
        CitedWork polanyi = graph.Works.Single(w => w.Title == "The Great Transformation");
        Assert.Equal(("New York", "Farrar & Rinehart", "1944"), (polanyi.Place, polanyi.Publisher, polanyi.Year));
    }

    [Fact]
    public void MLA_citations_resolve_by_author_and_page_and_merge_with_the_same_work_in_a_note()
    {
        CitationGraph graph = Extract("mla.md");
        var inText = graph.Acts.Where(a => a.FootnoteNumber == 0 && a.Reference.BackReference == BackReferenceKind.ShortForm).ToList();
        Assert.Equal(["Beloved", "The Signifying Monkey"], inText.Select(a => a.Work.Title));
        Assert.Equal(["23", "45-47"], inText.Select(a => a.Reference.Pages!.Value));
        CitedWork hirsch = graph.Works.Single(w => w.Title == "The Generation of Postmemory");
        Assert.Equal("Marianne Hirsch", Assert.Single(hirsch.Authors).Text);
        Assert.Equal(2, hirsch.Descriptions.Count);
        CitedWork gates = graph.Works.Single(w => w.Title == "The Signifying Monkey");
        Assert.Equal(("Henry Louis Gates", "Oxford UP", "1988"), (Assert.Single(gates.Authors).Text, gates.Publisher, gates.Year));
    }
}
