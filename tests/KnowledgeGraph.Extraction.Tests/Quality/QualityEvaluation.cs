using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>
/// Measures extraction against the hand annotation the way the citation-parsing literature does (GROBID's
/// end-to-end evaluation): references aligned per footnote, then field-level precision, recall and F1 (exact and
/// fuzzy), whole-reference F1, back-reference resolution accuracy and marker-to-footnote linking accuracy.
/// </summary>
internal sealed class QualityEvaluation
{
    public Dictionary<string, Counts> ExactFields { get; } = [];

    public Dictionary<string, Counts> FuzzyFields { get; } = [];

    public int GoldReferences { get; private set; }

    public int PredictedReferences { get; private set; }

    public int WholeCorrect { get; private set; }

    public int BackReferences { get; private set; }

    public int BackReferencesResolved { get; private set; }

    public int Footnotes { get; private set; }

    public int FootnotesLinked { get; private set; }

    public List<string> Misses { get; } = [];

    public double WholeF1 => F1(Ratio(WholeCorrect, PredictedReferences), Ratio(WholeCorrect, GoldReferences));

    public double ResolutionAccuracy => Ratio(BackReferencesResolved, BackReferences);

    public double LinkingAccuracy => Ratio(FootnotesLinked, Footnotes);

    public static QualityEvaluation Run(EssayDocument document, CitationGraph graph, IReadOnlyList<GoldReference> gold, IReadOnlyDictionary<int, int?> markerLines)
    {
        var evaluation = new QualityEvaluation();
        foreach (string field in GoldReference.FieldNames)
        {
            evaluation.ExactFields[field] = new Counts();
            evaluation.FuzzyFields[field] = new Counts();
        }
        var predicted = graph.Acts.Where(a => a.FootnoteNumber > 0).Select(PredictedReference.From).ToList();
        evaluation.GoldReferences = gold.Count;
        evaluation.PredictedReferences = predicted.Count;
        foreach (int footnote in gold.Select(g => g.Footnote).Concat(predicted.Select(p => p.Footnote)).Distinct().Order())
        {
            var g = gold.Where(x => x.Footnote == footnote).ToList();
            var p = predicted.Where(x => x.Footnote == footnote).ToList();
            foreach ((GoldReference? gr, PredictedReference? pr) in Align(g, p))
            {
                evaluation.Score(gr, pr);
            }
        }
        evaluation.ScoreLinking(document, markerLines);
        return evaluation;
    }

    private void Score(GoldReference? gold, PredictedReference? predicted)
    {
        bool whole = gold is not null && predicted is not null;
        foreach (string field in GoldReference.FieldNames)
        {
            string g = gold?[field] ?? "";
            string p = predicted?[field] ?? "";
            bool exact = g.Length > 0 && p.Length > 0 && FieldComparison.Exact(field, g, p);
            bool fuzzy = g.Length > 0 && p.Length > 0 && FieldComparison.Fuzzy(field, g, p);
            ExactFields[field].Add(g.Length > 0, p.Length > 0, exact);
            FuzzyFields[field].Add(g.Length > 0, p.Length > 0, fuzzy);
            if (!(g.Length == 0 && p.Length == 0 || exact))
            {
                whole = false;
                if (gold is not null)
                {
                    Misses.Add($"fn {gold.Footnote} {field}: gold \"{g}\", found \"{p}\"");
                }
            }
        }
        if (gold is null && predicted is not null)
        {
            Misses.Add($"fn {predicted.Footnote}: extra reference {predicted["authors"]} / {predicted["title"]} / {predicted["container"]}");
        }
        if (whole)
        {
            WholeCorrect++;
        }
        if (gold is not null && gold.BackReference != "none")
        {
            BackReferences++;
            bool resolved = predicted?.ResolvedTitle is string title && FieldComparison.Exact("title", gold.ResolvesTitle, title);
            if (resolved)
            {
                BackReferencesResolved++;
            }
            else
            {
                Misses.Add($"fn {gold.Footnote} {gold.BackReference}: should resolve to \"{gold.ResolvesTitle}\" (fn {gold.ResolvesFootnote}), found \"{predicted?.ResolvedTitle}\"");
            }
        }
    }

    private void ScoreLinking(EssayDocument document, IReadOnlyDictionary<int, int?> markerLines)
    {
        foreach ((int number, int? line) in markerLines)
        {
            Footnotes++;
            Footnote? note = document.FindFootnote(number);
            int? found = note?.Marker is FootnoteMarker marker ? document.Source.LocationOf(marker.Span.Start).Line : null;
            if (note is not null && found == line)
            {
                FootnotesLinked++;
            }
            else
            {
                Misses.Add($"fn {number}: marker on line {line?.ToString() ?? "none"}, linked {found?.ToString() ?? "none"}");
            }
        }
    }

    /// <summary>Greedy alignment within one footnote: the most similar pairs first; the rest unmatched.</summary>
    private static IEnumerable<(GoldReference?, PredictedReference?)> Align(List<GoldReference> gold, List<PredictedReference> predicted)
    {
        var pairs = new List<(double Score, GoldReference G, PredictedReference P)>();
        foreach (GoldReference g in gold)
        {
            foreach (PredictedReference p in predicted)
            {
                pairs.Add((Similarity(g, p), g, p));
            }
        }
        var usedGold = new HashSet<GoldReference>();
        var usedPredicted = new HashSet<PredictedReference>();
        foreach ((double score, GoldReference g, PredictedReference p) in pairs.OrderByDescending(x => x.Score))
        {
            if (score < 0.5 || usedGold.Contains(g) || usedPredicted.Contains(p))
            {
                continue;
            }
            usedGold.Add(g);
            usedPredicted.Add(p);
            yield return (g, p);
        }
        foreach (GoldReference g in gold.Where(x => !usedGold.Contains(x)))
        {
            yield return (g, null);
        }
        foreach (PredictedReference p in predicted.Where(x => !usedPredicted.Contains(x)))
        {
            yield return (null, p);
        }
    }

    private static double Similarity(GoldReference g, PredictedReference p)
    {
        double score = 0;
        if (g["title"].Length > 0 && p["title"].Length > 0)
        {
            score += FieldComparison.Similarity(g["title"], p["title"]);
        }
        else if (g["container"].Length > 0 && p["container"].Length > 0)
        {
            score += 0.8 * FieldComparison.Similarity(g["container"], p["container"]);
        }
        foreach (string names in new[] { "authors", "editors" })
        {
            if (g[names].Length > 0 && FieldComparison.Fuzzy(names, g[names], p[names]))
            {
                score += 0.5;
            }
        }
        if (g["pages"].Length > 0 && FieldComparison.Exact("pages", g["pages"], p["pages"]))
        {
            score += 0.5;
        }
        if (g["year"].Length > 0 && g["year"] == p["year"])
        {
            score += 0.2;
        }
        if (g.BackReference == p.BackReference)
        {
            score += 0.3;
        }
        return score;
    }

    public static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>True positives, false positives and false negatives of one field.</summary>
    public sealed class Counts
    {
        public int TruePositives { get; private set; }

        public int FalsePositives { get; private set; }

        public int FalseNegatives { get; private set; }

        public int GoldCount { get; private set; }

        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double F1 => QualityEvaluation.F1(Precision, Recall);

        public void Add(bool inGold, bool inPrediction, bool match)
        {
            GoldCount += inGold ? 1 : 0;
            if (match)
            {
                TruePositives++;
                return;
            }
            if (inPrediction)
            {
                FalsePositives++;
            }
            if (inGold)
            {
                FalseNegatives++;
            }
        }
    }
}
