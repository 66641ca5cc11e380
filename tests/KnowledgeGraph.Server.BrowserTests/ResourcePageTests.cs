using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>What a reader sees on resource pages in Chromium, and where their links lead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResourcePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_opening_a_person_sees_her_name_type_and_properties()
    {
        IPage page = await browser.NewPageAsync();

        await page.GotoAsync("/person/anna");

        // The browser asked for HTML, so the thing's IRI redirected to its HTML document.
        await Expect(page).ToHaveURLAsync(new Regex("/person/anna\\.html$"));
        await Expect(page).ToHaveTitleAsync("Anna Akhmatova — Library");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Anna Akhmatova");
        await Expect(page.GetByText("Type: Person")).ToBeVisibleAsync();
        ILocator birthDate = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "birthDate" }) });
        await Expect(birthDate.GetByRole(AriaRole.Cell)).ToHaveTextAsync("1889-06-23");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This description in other formats" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Turtle", Exact = true })).ToHaveAttributeAsync("href", "/person/anna.ttl");
    }

    [Fact]
    public async Task A_reader_follows_a_cited_by_link_from_a_person_to_the_citing_work()
    {
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync("/person/anna");

        // Her page lists the book she wrote among the resources linking to her.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Linked from" })).ToBeVisibleAsync();
        await LinkedFromRow(page, "Requiem", "author").GetByRole(AriaRole.Link, new() { Name = "Requiem" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/work/requiem\\.html$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Requiem");

        // The book's page shows who cites it; following that link opens the citing work.
        await LinkedFromRow(page, "Doctor Zhivago", "cites").GetByRole(AriaRole.Link, new() { Name = "Doctor Zhivago" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/work/zhivago\\.html$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Doctor Zhivago");
        ILocator cites = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "cites" }) });
        await Expect(cites.GetByRole(AriaRole.Cell)).ToHaveTextAsync("Requiem");
        ILocator creator = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "creator" }) });
        await Expect(creator.GetByRole(AriaRole.Cell)).ToHaveTextAsync("Boris Pasternak");
    }

    /// <summary>The row of the "Linked from" table naming <paramref name="source"/> linking by <paramref name="property"/>.</summary>
    private static ILocator LinkedFromRow(IPage page, string source, string property) =>
        page.GetByRole(AriaRole.Table)
            .Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "by property" }) })
            .GetByRole(AriaRole.Row, new() { Name = $"{source} {property}", Exact = true });
}
