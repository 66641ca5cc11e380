using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Publishing.Tests;

public sealed class DocumentedQueryTests(BuiltEssay built) : IClassFixture<BuiltEssay>
{
    private IReadOnlyList<QuerySolution> Run(string file)
    {
        using var snapshot = built.Store.OpenSnapshot();
        return new SparqlQueryProcessor().Execute(Repository.Query(file), snapshot).Results!.Solutions;
    }

    private static string Text(QuerySolution row, string variable) => row[variable] switch
    {
        Literal literal => literal.LexicalForm,
        Iri iri => iri.Value,
        _ => "",
    };

    [Fact]
    public void Works_cited_lists_each_work_once_with_Tuckers_volume_cited_most()
    {
        var rows = Run("works-cited.rq");
        Assert.Equal(rows.Count, rows.Select(r => Text(r, "work")).Distinct().Count());
        Assert.True(rows.Count >= 70);
        Assert.Equal("Stalinism: Essays in Historical Interpretation", Text(rows[0], "title"));
        Assert.Contains(rows, r => Text(r, "title") == "The ABC of Communism");
    }

    [Fact]
    public void Most_cited_authors_puts_the_editor_of_the_most_cited_volume_first()
    {
        var rows = Run("most-cited-authors.rq");
        Assert.Equal("Robert C. Tucker", Text(rows[0], "name"));
        Assert.Contains(rows, r => Text(r, "name") == "E.H. Carr");
    }

    [Fact]
    public void Who_cites_whom_shows_secondhand_chains_and_chapters_in_edited_volumes()
    {
        var rows = Run("who-cites-whom.rq");
        Assert.All(rows, r => Assert.Equal("Alvin W. Gouldner", Text(r, "citing")));
        Assert.Contains(rows, r => Text(r, "relayed") == "A. Ciliga" && Text(r, "cited") == "Hryhory Kostiuk" && Text(r, "secondhand") == "true");
        Assert.Contains(rows, r => Text(r, "cited") == "Moishe Lewin" && Text(r, "volume") == "Stalinism: Essays in Historical Interpretation"
            && Text(r, "volumeEditor") == "Robert C. Tucker");
        Assert.Contains(rows, r => Text(r, "work") == "Bolshevism and Stalinism" && Text(r, "cited") == "Steven F. Cohen");
    }

    [Fact]
    public void Citations_of_an_author_give_footnote_and_page()
    {
        var rows = Run("citations-of-author.rq");
        Assert.Contains(rows, r => Text(r, "footnote") == "12" && Text(r, "pages") == "113");
        Assert.Contains(rows, r => Text(r, "footnote") == "49" && Text(r, "pages") == "207");
        Assert.All(rows, r => Assert.Contains("Tucker", Text(r, "name"), StringComparison.Ordinal));
    }

    [Fact]
    public void Person_mentions_give_each_snippet_with_its_position_in_the_source()
    {
        var rows = Run("person-mentions.rq");
        Assert.True(rows.Count >= 10);
        Assert.All(rows, r => Assert.Equal("Sergei Kirov", Text(r, "name")));
        Assert.All(rows, r => Assert.Contains("Kirov", Text(r, "exact"), StringComparison.Ordinal));
        Assert.Contains(rows, r => Text(r, "footnote") == "68");
        Assert.All(rows, r => Assert.True(int.Parse(Text(r, "end"), System.Globalization.CultureInfo.InvariantCulture) > int.Parse(Text(r, "start"), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Persons_co_mentioned_with_Bukharin_include_Preobrazhensky_and_Stalin()
    {
        var rows = Run("co-mentioned-persons.rq");
        Assert.Contains(rows, r => Text(r, "other") == "Evgeny Preobrazhensky" || Text(r, "other") == "E. Preobrazhensky");
        Assert.Contains(rows, r => Text(r, "other") == "Joseph Stalin");
        Assert.DoesNotContain(rows, r => Text(r, "other").Contains("Bukharin", StringComparison.Ordinal));
    }

    [Fact]
    public void Everyone_quoted_includes_Nock_in_the_first_footnote_and_Medvedev_secondhand_from_Tuckers_volume()
    {
        var rows = Run("everyone-quoted.rq");
        Assert.Contains(rows, r => Text(r, "speaker") == "Nock" && Text(r, "footnote") == "1");
        Assert.Contains(rows, r => Text(r, "speaker").Contains("Medvedev", StringComparison.Ordinal) && Text(r, "work") == "Stalinism: Essays in Historical Interpretation");
    }

    [Fact]
    public void Events_between_1925_and_1935_include_the_famine_of_1932_with_the_words_that_date_it_and_nothing_outside()
    {
        var rows = Run("events-in-range.rq");
        Assert.Contains(rows, r => Text(r, "name") == "Famine of 1932" && Text(r, "year") == "1932" && Text(r, "statedAs").Contains("1932", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.InRange(int.Parse(Text(r, "year"), System.Globalization.CultureInfo.InvariantCulture), 1925, 1935));
        Assert.DoesNotContain(rows, r => Text(r, "name").Contains("Census", StringComparison.Ordinal));
    }
}
