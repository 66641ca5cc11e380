using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>What a reader sees on the SPARQL query page in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QueryPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_runs_an_example_query_and_sees_its_results_as_a_table()
    {
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync("/sparql");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("SPARQL query");

        await page.GetByRole(AriaRole.Link, new() { Name = LibraryDataset.CitationsQueryTitle }).ClickAsync();

        // The query stays in the form for editing, and its one answer is a row of the results table.
        await Expect(page.GetByLabel("Query")).ToHaveValueAsync(new Regex("cito:cites"));
        await Expect(page.GetByText("1 row.")).ToBeVisibleAsync();
        ILocator results = ResultsTable(page);
        await Expect(results.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["?citing", "?cited"]);
        await Expect(results.Locator("tbody").GetByRole(AriaRole.Row)).ToHaveTextAsync(["Doctor ZhivagoRequiem"]);
    }

    [Fact]
    public async Task A_reader_types_a_query_runs_it_and_follows_a_result_to_its_page()
    {
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync("/sparql");

        await page.GetByLabel("Query").FillAsync("SELECT ?person WHERE { ?person a <https://schema.org/Person> } ORDER BY ?person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run query" }).ClickAsync();

        await Expect(page.GetByText("2 rows.")).ToBeVisibleAsync();
        ILocator rows = ResultsTable(page).Locator("tbody").GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveTextAsync(["https://example.org/kg/person/anna", "https://example.org/kg/person/boris"]);

        // A resource in the results links to its own page on this site.
        await rows.GetByRole(AriaRole.Link, new() { Name = "https://example.org/kg/person/boris" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/person/boris\\.html$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Boris Pasternak");
    }

    private static ILocator ResultsTable(IPage page) =>
        page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^\\?") }) });
}
