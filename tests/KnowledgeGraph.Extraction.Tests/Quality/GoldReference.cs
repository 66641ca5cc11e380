namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>One hand-annotated reference: field name to value (empty when the reference does not say).</summary>
internal sealed record GoldReference(int Footnote, string BackReference, IReadOnlyDictionary<string, string> Fields, int ResolvesFootnote, string ResolvesTitle)
{
    public static readonly string[] FieldNames =
        ["authors", "editors", "translators", "title", "container", "volume", "issue", "place", "publisher", "year", "pages"];

    public string this[string field] => Fields.TryGetValue(field, out string? v) ? v : "";

    public static List<GoldReference> Load(string path)
    {
        var rows = new List<GoldReference>();
        string[]? header = null;
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            string[] cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            var fields = new Dictionary<string, string>();
            for (int i = 0; i < header.Length; i++)
            {
                fields[header[i]] = i < cells.Length ? cells[i] : "";
            }
            rows.Add(new GoldReference(
                int.Parse(fields["footnote"], System.Globalization.CultureInfo.InvariantCulture),
                fields["backref"],
                fields,
                fields["resolves_footnote"].Length == 0 ? 0 : int.Parse(fields["resolves_footnote"], System.Globalization.CultureInfo.InvariantCulture),
                fields["resolves_title"]));
        }
        return rows;
    }
}
