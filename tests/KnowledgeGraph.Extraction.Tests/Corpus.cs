using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Finds the bundled essay from the test's working directory and reads it once.</summary>
internal static class Corpus
{
    private static readonly Lazy<EssayDocument> Essay = new(() => EssayReader.ReadFile(EssayPath));

    public static string EssayPath => Path.Combine(RepositoryRoot, "corpus", "gouldner-1978-stalinism.md");

    public static string RepositoryRoot
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

    public static EssayDocument Gouldner => Essay.Value;

    public static string TestFile(string relative) => Path.Combine(AppContext.BaseDirectory, relative);
}
