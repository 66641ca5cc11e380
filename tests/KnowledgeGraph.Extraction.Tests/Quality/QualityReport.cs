using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>Writes the measured figures as Markdown (the body of docs/quality.md).</summary>
internal static class QualityReport
{
    public const string Command = "KG_WRITE_QUALITY=1 dotnet test tests/KnowledgeGraph.Extraction.Tests -c Release --filter FullyQualifiedName~GouldnerQualityTests";

    public static string Markdown(QualityEvaluation e)
    {
        var s = new StringBuilder();
        s.AppendLine("# Extraction quality");
        s.AppendLine();
        s.AppendLine("Measured on the hand-checked annotation of the footnotes of `corpus/gouldner-1978-stalinism.md`");
        s.AppendLine("(`tests/KnowledgeGraph.Extraction.Tests/Gold/gouldner-footnotes.tsv`: one row per cited-work occurrence;");
        s.AppendLine("`Gold/gouldner-markers.tsv`: the line of each footnote's marker), with curation switched off. Regenerate with:");
        s.AppendLine();
        s.AppendLine("    " + Command);
        s.AppendLine();
        s.AppendLine("Method (as GROBID's end-to-end benchmarks): predicted and gold references are aligned within each footnote");
        s.AppendLine("(greedy, most similar first); a field is a true positive when both have it and the values match, a false");
        s.AppendLine("positive when the prediction has a value that does not match, a false negative when the gold value is missed.");
        s.AppendLine("Exact: equal after collapsing spaces and a final full stop (name lists as sets). Fuzzy: equal on letters and");
        s.AppendLine("digits only, or Levenshtein similarity at least 0.8; names by family name. A whole reference is correct when");
        s.AppendLine("every field matches exactly.");
        s.AppendLine();
        s.AppendLine("Caveat: the annotation was written by reading each footnote, but after the parser's first development runs on");
        s.AppendLine("this essay, so its policy (fields are what the reference's own words say; prose mentions without publication");
        s.AppendLine("data are not references) may lean towards what the parser does. The short texts in Chicago, author-date and MLA");
        s.AppendLine("style in `Samples/` (see `CitationStyleTests`) are the check that nothing is tuned to this essay.");
        s.AppendLine();
        s.AppendLine($"References: {e.GoldReferences} in the gold annotation, {e.PredictedReferences} extracted.");
        s.AppendLine();
        s.AppendLine("| field | gold values | exact P | exact R | exact F1 | fuzzy P | fuzzy R | fuzzy F1 |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (string field in GoldReference.FieldNames)
        {
            QualityEvaluation.Counts x = e.ExactFields[field];
            QualityEvaluation.Counts f = e.FuzzyFields[field];
            s.AppendLine($"| {field} | {x.GoldCount} | {P(x.Precision)} | {P(x.Recall)} | {P(x.F1)} | {P(f.Precision)} | {P(f.Recall)} | {P(f.F1)} |");
        }
        s.AppendLine();
        s.AppendLine("| measure | value |");
        s.AppendLine("| --- | ---: |");
        s.AppendLine($"| whole-reference F1 (all fields exact) | {P(e.WholeF1)} ({e.WholeCorrect} correct) |");
        s.AppendLine($"| back-references (Ibid., op. cit., short forms) resolved to the right work | {P(e.ResolutionAccuracy)} ({e.BackReferencesResolved} of {e.BackReferences}) |");
        s.AppendLine($"| footnotes linked to the right marker (or correctly to none) | {P(e.LinkingAccuracy)} ({e.FootnotesLinked} of {e.Footnotes}) |");
        s.AppendLine();
        s.AppendLine("## What was missed");
        s.AppendLine();
        foreach (string miss in e.Misses)
        {
            s.AppendLine("- " + miss.Replace("*", "\\*", StringComparison.Ordinal));
        }
        return s.ToString();
    }

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
