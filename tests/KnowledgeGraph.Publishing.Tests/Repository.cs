namespace KnowledgeGraph.Publishing.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("KnowledgeGraph.sln not found above the test directory.");
        }
    }

    public static string Essay => Path.Combine(Root, "corpus", "gouldner-1978-stalinism.md");

    public static string[] Shapes => Directory.GetFiles(Path.Combine(Root, "shapes"), "*.ttl");

    public static string[] Curation => [.. Directory.GetFiles(Path.Combine(Root, "curation"), "*.ttl").Order(StringComparer.Ordinal)];

    public static string[] Ontology => Directory.GetFiles(Path.Combine(Root, "ontology"), "*.ttl");

    public static string Query(string name) => File.ReadAllText(Path.Combine(Root, "docs", "queries", name));
}
