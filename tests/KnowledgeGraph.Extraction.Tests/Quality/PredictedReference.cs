using KnowledgeGraph.Extraction.Citations;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>A parsed reference flattened into the gold file's fields, with what its back-reference resolved to.</summary>
internal sealed record PredictedReference(int Footnote, string BackReference, IReadOnlyDictionary<string, string> Fields, string? ResolvedTitle)
{
    public string this[string field] => Fields.TryGetValue(field, out string? v) ? v : "";

    public static PredictedReference From(CitationAct act)
    {
        ParsedReference r = act.Reference;
        var fields = new Dictionary<string, string>
        {
            ["authors"] = string.Join("; ", r.Authors.Select(a => a.Text)),
            ["editors"] = string.Join("; ", r.Editors.Select(a => a.Text)),
            ["translators"] = string.Join("; ", r.Translators.Select(a => a.Text)),
            ["title"] = r.Title?.Value ?? "",
            ["container"] = r.Container?.Value ?? "",
            ["volume"] = r.Volume?.Value ?? "",
            ["issue"] = r.Issue?.Value ?? "",
            ["place"] = r.Place?.Value ?? "",
            ["publisher"] = r.Publisher?.Value ?? "",
            ["year"] = r.Year?.Value ?? "",
            ["pages"] = r.Pages?.Value ?? "",
        };
        string kind = r.BackReference switch
        {
            BackReferenceKind.None => "none",
            BackReferenceKind.Ibid => "ibid",
            BackReferenceKind.LocCit => "loccit",
            _ => "opcit",
        };
        return new PredictedReference(r.FootnoteNumber, kind, fields, act.ResolvedTo?.Title);
    }
}
