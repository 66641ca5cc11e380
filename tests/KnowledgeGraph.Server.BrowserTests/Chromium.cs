using Microsoft.Playwright;

namespace KnowledgeGraph.Server.BrowserTests;

/// <summary>
/// Launches Debian's Chromium (which <c>.ci/run</c> installs) through Playwright. Playwright's own browser download
/// is never used. A missing browser fails the tests with the reason; it never skips them.
/// </summary>
internal static class Chromium
{
    /// <summary>Debian's path; <c>KG_CHROMIUM</c> names another executable.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        string executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executable}, which is missing. Install Debian's package " +
                "(apt-get install chromium; .ci/run does it) or set KG_CHROMIUM to a Chromium executable.");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Root in a container has no user namespaces for Chromium's sandbox.
            Args = ["--no-sandbox"],
        });
    }
}
