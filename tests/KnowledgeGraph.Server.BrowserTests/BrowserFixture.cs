using Microsoft.Playwright;

namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>One server and one browser for all the browser tests; each test opens its own page.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private SiteUnderTest? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the site answers.</summary>
    public Uri Address => _site?.Address ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _site = await SiteUnderTest.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page in its own browser context (no cookies or cache shared between tests).</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_browser is null)
        {
            throw new InvalidOperationException("The browser has not started.");
        }
        IBrowserContext context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString() });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

/// <summary>The tests that share <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
