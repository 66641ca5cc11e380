using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>One row of the hand-made entity list: a type, a canonical label and the surface forms seen in the essay.</summary>
internal sealed record GoldEntity(EntityKind Kind, string Label, IReadOnlyList<string> Variants)
{
    public IEnumerable<string> Names => Variants.Append(Label);

    public static IReadOnlyList<GoldEntity> Load(string path) =>
        [.. File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("type\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new GoldEntity(Enum.Parse<EntityKind>(c[0], ignoreCase: true), c[1],
                c.Length > 2 ? c[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []))];

    /// <summary>Lower-case letters and digits only, diacritics removed: the matching key of a name.</summary>
    public static string Key(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (char c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
