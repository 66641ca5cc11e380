namespace KnowledgeGraph.TestSupport;

/// <summary>
/// Finds the W3C test suites: <c>$KG_W3C_DIR</c> if set, else a <c>shared/w3c</c> folder beside an ancestor of the
/// working directory or of the test assembly. Missing suites fail the tests loudly rather than skipping them.
/// </summary>
public static class W3cSuites
{
    private static readonly Lazy<string> RootPath = new(Locate);

    /// <summary>The folder that holds rdf11/, rdf12/, sparql11/ ...</summary>
    public static string Root => RootPath.Value;

    /// <summary>The absolute path of a manifest given relative to <see cref="Root"/>.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("KG_W3C_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"KG_W3C_DIR={fromEnvironment} does not exist.");
        }
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "w3c");
                if (Directory.Exists(Path.Combine(candidate, "rdf11")))
                {
                    return candidate;
                }
            }
        }
        throw new DirectoryNotFoundException(
            "The W3C test suites were not found: set KG_W3C_DIR to the folder holding rdf11/, or put them at ../shared/w3c.");
    }
}
