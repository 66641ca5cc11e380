using System.Reflection;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// The tests the project does not run, each with its reason. The list is one file, <c>conformance-skips.tsv</c>
/// (embedded in this assembly): one test key per line (<c>suite/folder/manifest.ttl#name</c>), a tab, the reason.
/// Lines starting with <c>#</c> are comments.
/// </summary>
public sealed class SkipList
{
    private readonly Dictionary<string, string> _reasons;

    /// <summary>Creates a skip list from key/reason pairs.</summary>
    public SkipList(IEnumerable<KeyValuePair<string, string>> entries) =>
        _reasons = new Dictionary<string, string>(entries, StringComparer.Ordinal);

    /// <summary>The project's skip list.</summary>
    public static SkipList Default { get; } = LoadEmbedded();

    /// <summary>All entries, key to reason.</summary>
    public IReadOnlyDictionary<string, string> Entries => _reasons;

    /// <summary>The reason a test is skipped, or null when it runs.</summary>
    public string? ReasonFor(string key) => _reasons.GetValueOrDefault(key);

    /// <summary>Parses the TSV text of a skip list.</summary>
    /// <exception cref="FormatException">A line has no tab-separated reason.</exception>
    public static SkipList Parse(string text)
    {
        var entries = new List<KeyValuePair<string, string>>();
        int lineNumber = 0;
        foreach (string raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int tab = line.IndexOf('\t');
            if (tab <= 0 || line[(tab + 1)..].Trim().Length == 0)
            {
                throw new FormatException($"conformance-skips.tsv line {lineNumber}: expected 'key<TAB>reason'.");
            }
            entries.Add(new(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return new SkipList(entries);
    }

    private static SkipList LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KnowledgeGraph.Conformance.conformance-skips.tsv")
            ?? throw new InvalidOperationException("The embedded conformance-skips.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
