namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>docs/quality.md is made of sections, each written by its own test between marker comments.</summary>
internal static class QualityFile
{
    public static string Path => System.IO.Path.Combine(Corpus.RepositoryRoot, "docs", "quality.md");

    /// <summary>Replaces (or appends) the section <paramref name="name"/>, leaving the others as they are.</summary>
    public static void WriteSection(string name, string markdown)
    {
        string begin = $"<!-- section: {name} -->";
        string end = $"<!-- end: {name} -->";
        string current = File.Exists(Path) ? File.ReadAllText(Path) : "";
        string block = begin + "\n" + markdown.TrimEnd() + "\n" + end + "\n";
        int b = current.IndexOf(begin, StringComparison.Ordinal);
        int e = current.IndexOf(end, StringComparison.Ordinal);
        string updated = b >= 0 && e > b
            ? current[..b] + block + current[(e + end.Length)..].TrimStart('\n')
            : current.TrimEnd() + (current.Length > 0 ? "\n\n" : "") + block;
        File.WriteAllText(Path, updated);
    }
}
