using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>Writes the entity figures as the "entities" section of docs/quality.md.</summary>
internal static class EntityQualityReport
{
    /// <summary>The persons F1 the test insists on: the target (measured 0.979 when committed).</summary>
    public const double PersonFloor = 0.95;

    public const string Command = "KG_WRITE_QUALITY=1 dotnet test tests/KnowledgeGraph.Extraction.Tests -c Release --filter FullyQualifiedName~GouldnerEntityQualityTests";

    public static string Markdown(EntityEvaluation e, IReadOnlyList<(string Sample, EntityEvaluation.Figures Persons)> samples)
    {
        var s = new StringBuilder();
        s.AppendLine("## Entities");
        s.AppendLine();
        s.AppendLine("Measured against `tests/KnowledgeGraph.Extraction.Tests/Gold/gouldner-entities.tsv`, a list written by reading the");
        s.AppendLine("whole essay (body, epigraphs, footnotes) before the extractor was run on it: one row per entity with its type,");
        s.AppendLine("a canonical label and the surface forms the essay uses. Curation is off (there is no curation step yet). Regenerate with:");
        s.AppendLine();
        s.AppendLine("    " + Command);
        s.AppendLine();
        s.AppendLine("Matching rule: an extracted entity matches a gold entity of the same type when its label or one of its name");
        s.AppendLine("variants equals the gold label or one of the gold variants after normalisation (lower case, letters and digits");
        s.AppendLine("only, diacritics removed). Each gold entity is matched once; a second extracted entity for the same gold entity");
        s.AppendLine("(a coreference split) counts as a false positive, and so does an entity that matches nothing.");
        s.AppendLine();
        s.AppendLine("| type | gold | extracted | matched | P | R | F1 |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            if (e.ByKind.TryGetValue(kind, out EntityEvaluation.Figures? f))
            {
                s.AppendLine($"| {kind} | {f.Gold} | {f.Extracted} | {f.Matched} | {P(f.Precision)} | {P(f.Recall)} | {P(f.F1)} |");
            }
        }
        s.AppendLine();
        s.AppendLine("Targets (the issue): persons F1 at least 0.95 (reached), other types at least 0.85 (not reached). Organisations,");
        s.AppendLine("places and events come from a first cue-word recogniser (head words such as Party, Army, Revolution, Congress;");
        s.AppendLine("acronyms; a word after a place preposition) written in the last part of one session; it does not yet merge");
        s.AppendLine("\"CPSU\", \"Communist Party\" and \"Bolshevik Party\", nor find lower-case events (collectivization, the purges). The gold");
        s.AppendLine("lists of these types hold the main entities only, so some real ones the recogniser finds (\"Soviet Government\",");
        s.AppendLine("\"Columbia University\") count as false positives; the gold was not extended after seeing the output.");
        s.AppendLine("Works named in the running text are not extracted yet (cited works are in the citation graph above).");
        s.AppendLine();
        s.AppendLine("Caveat: the gold list was written by reading the essay before the extractor existed, but the rules were then");
        s.AppendLine("developed while looking at this essay's misses (general rules only: no names in the code), so the essay is a");
        s.AppendLine("development set. The check on generalisation is three short texts in other domains written for the tests");
        s.AppendLine("(`Samples/entities/`, persons in `Gold/samples-persons.tsv`). The first two were also used to fix rules; the");
        s.AppendLine("third (art history) was measured before any change for it: persons F1 0.737 (misses: a name particle, a");
        s.AppendLine("given name ending in -ans, \"Jan\" read as a month, \"Saint Luke\"); after general fixes:");
        s.AppendLine();
        s.AppendLine("| text | gold persons | extracted | matched | P | R | F1 |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach ((string sample, EntityEvaluation.Figures f) in samples)
        {
            s.AppendLine($"| {sample} | {f.Gold} | {f.Extracted} | {f.Matched} | {P(f.Precision)} | {P(f.Recall)} | {P(f.F1)} |");
        }
        foreach (EntityKind kind in e.ByKind.Keys)
        {
            s.AppendLine();
            s.AppendLine($"### {kind}: missed ({e.Missed[kind].Count}) and spurious ({e.Spurious[kind].Count})");
            s.AppendLine();
            s.AppendLine("Missed: " + (e.Missed[kind].Count == 0 ? "none" : string.Join("; ", e.Missed[kind])));
            s.AppendLine();
            s.AppendLine("Spurious or split: " + (e.Spurious[kind].Count == 0 ? "none" : string.Join("; ", e.Spurious[kind]).Replace("*", "\\*", StringComparison.Ordinal)));
        }
        return s.ToString();
    }

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
