using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>
/// One row of a hand-made entity list: a type, a canonical label, the surface forms seen in the essay, and the
/// annotator's status ("main" for the first list; "named", "borderline" or "title-only" in the independent one).
/// </summary>
internal sealed record GoldEntity(EntityKind Kind, string Label, IReadOnlyList<string> Variants, string Status = "main")
{
    public IEnumerable<string> Names => Variants.Append(Label);

    public static IReadOnlyList<GoldEntity> Load(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("type\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new GoldEntity(Enum.Parse<EntityKind>(c[0], ignoreCase: true), c[1],
                c.Length > 2 ? c[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []))];

    /// <summary>Reads the independent annotation (type, label, variants, status, note); works are left out (not extracted from prose yet).</summary>
    public static IReadOnlyList<GoldEntity> LoadIndependent(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("type\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Where(c => Enum.TryParse<EntityKind>(c[0], ignoreCase: true, out _))
            .Select(c => new GoldEntity(Enum.Parse<EntityKind>(c[0], ignoreCase: true), c[1],
                c[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), c[3]))];

    /// <summary>Lower-case letters and digits only, diacritics and a leading article removed: the matching key of a name.</summary>
    public static string Key(string name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }
        var builder = new System.Text.StringBuilder();
        foreach (char c in KnowledgeGraph.Text.LatinLetters.Fold(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
