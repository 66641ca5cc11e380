using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Tests.Quality;

/// <summary>Writes the entity figures as the "entities" section of docs/quality.md.</summary>
internal static class EntityQualityReport
{
    /// <summary>The persons F1 the test insists on: the issue's target (measured 0.979 when committed).</summary>
    public const double PersonFloor = 0.95;

    public const string Command = "KG_WRITE_QUALITY=1 dotnet test tests/KnowledgeGraph.Extraction.Tests -c Release --filter FullyQualifiedName~GouldnerEntityQualityTests";

    public static string Markdown(EntityEvaluation e, EntityEvaluation judged, EntityEvaluation second, IReadOnlyList<(string Sample, EntityEvaluation.Figures Persons)> samples,
        IReadOnlyList<(string Sample, EntityEvaluation Evaluation)> unseen)
    {
        var s = new StringBuilder();
        s.AppendLine("## Entities");
        s.AppendLine();
        s.AppendLine("Two hand-made lists, both with curation off (`kg build --no-curation`; the tests call the extractor directly):");
        s.AppendLine();
        s.AppendLine("- `tests/KnowledgeGraph.Extraction.Tests/Gold/gouldner-entities.tsv` (the *main* list): written by reading the whole");
        s.AppendLine("  essay before the extractor existed; every person, and the main organisations, places and events, each with the");
        s.AppendLine("  surface forms the essay uses.");
        s.AppendLine("- `Gold/gouldner-entities-independent.tsv` (the *independent* list): a second annotator read the whole essay and listed");
        s.AppendLine("  every organisation, place, event and work without seeing the extractor, its output or the main list (method,");
        s.AppendLine("  rules and doubtful cases in `Gold/gouldner-entities-independent.md`); entries are *named*, *borderline* (a");
        s.AppendLine("  judgement call: descriptions, policies, deaths) or *title-only* (a place named only inside a cited title).");
        s.AppendLine();
        s.AppendLine("Regenerate with:");
        s.AppendLine();
        s.AppendLine("    " + Command);
        s.AppendLine();
        s.AppendLine("Matching rule: an extracted entity matches a listed entity of the same type when its label or one of its name");
        s.AppendLine("variants equals the listed label or one of its variants after normalisation (lower case, letters and digits");
        s.AppendLine("only, diacritics removed). Each listed entity is matched once; a second extracted entity for the same listed entity");
        s.AppendLine("(a coreference split) is a false positive, and so is an entity that matches nothing. Three measures:");
        s.AppendLine();
        s.AppendLine("- **strict**: the main list alone; any other real entity the extractor finds counts as wrong.");
        s.AppendLine("- **judged**: recall on the main list; precision counts an extracted entity as right when it is in either list");
        s.AppendLine("  (a main list of *main* entities cannot judge precision on its own). This is the figure the targets are read on.");
        s.AppendLine("- **second annotator**: recall on the independent list's *named* entries, precision against both lists.");
        s.AppendLine();
        s.AppendLine("| type | main | extracted | strict P | strict R | strict F1 | judged P | judged R | judged F1 | 2nd list named | 2nd P | 2nd R | 2nd F1 |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            if (e.ByKind.TryGetValue(kind, out EntityEvaluation.Figures? f))
            {
                EntityEvaluation.Figures j = judged.ByKind[kind];
                string secondCells = second.ByKind.TryGetValue(kind, out EntityEvaluation.Figures? x) && x.Gold > 0
                    ? $"{x.Gold} | {P(x.Precision)} | {P(x.Recall)} | {P(x.F1)}"
                    : "– | – | – | –";
                string mainCells = f.Gold > 0
                    ? $"{P(f.Precision)} | {P(f.Recall)} | {P(f.F1)} | {P(j.Precision)} | {P(j.Recall)} | {P(j.F1)}"
                    : "– | – | – | – | – | –";
                s.AppendLine($"| {kind} | {f.Gold} | {f.Extracted} | {mainCells} | {secondCells} |");
            }
        }
        s.AppendLine();
        s.AppendLine("Targets (the issue, read on the judged F1): persons at least 0.95, every other type at least 0.85. " + string.Join("; ",
            judged.ByKind.Where(k => k.Value.Gold > 0).Select(k => $"{k.Key} {P(k.Value.F1)} {(k.Value.F1 >= (k.Key == EntityKind.Person ? 0.95 : 0.85) ? "reached" : "not reached")}")) + "; "
            + (second.ByKind.TryGetValue(EntityKind.Work, out EntityEvaluation.Figures? w)
                ? $"Work {P(w.F1)} (read on the independent list, the only one with works) {(w.F1 >= 0.85 ? "reached" : "not reached")}."
                : "no works."));
        s.AppendLine("Works named in the running text (cited works are in the citation graph above) are measured against the");
        s.AppendLine("independent list only; the main list has none. The rules for works (and the later event rules) were written");
        s.AppendLine("after the independent list existed and while reading its misses, so these figures are development figures too.");
        s.AppendLine();
        s.AppendLine("Caveat: the gold list was written by reading the essay before the extractor existed, but the rules were then");
        s.AppendLine("developed while looking at this essay's misses (general rules only: no names in the code), so the essay is a");
        s.AppendLine("development set; the same holds for the organisation, place and event rules, which were written while looking at");
        s.AppendLine("the misses against both lists (the independent list was made before those rules and never saw their output).");
        s.AppendLine("The check on generalisation is three short texts in other domains written for the tests");
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
        s.AppendLine();
        s.AppendLine("Organisations, places and events on texts of another domain (`Gold/samples-entities.tsv`, every type annotated");
        s.AppendLine("with the text, before the extractor ran on it). `labour-history.md` was measured first with the rules as they were");
        s.AppendLine("then (persons 0.857, organisations 0.421, places 0.571, events 0.333) and then used to generalise them (a body named");
        s.AppendLine("\"Congress\" with another organisation word, \"for\" complements, plural possessives, dated lower-case events,");
        s.AppendLine("destinations after verbs of motion); `recovery-history.md` was written after that, run once and is reported as it");
        s.AppendLine("came out, with no rule changed for it:");
        s.AppendLine();
        s.AppendLine("| text | type | gold | extracted | matched | P | R | F1 |");
        s.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach ((string sample, EntityEvaluation evaluation) in unseen)
        {
            foreach ((EntityKind kind, EntityEvaluation.Figures f) in evaluation.ByKind)
            {
                s.AppendLine($"| {sample} | {kind} | {f.Gold} | {f.Extracted} | {f.Matched} | {P(f.Precision)} | {P(f.Recall)} | {P(f.F1)} |");
            }
        }
        foreach (EntityKind kind in judged.ByKind.Keys)
        {
            s.AppendLine();
            s.AppendLine($"### {kind}: missed from the main list ({judged.Missed[kind].Count}), in neither list ({judged.Spurious[kind].Count})");
            s.AppendLine();
            s.AppendLine("Missed: " + (judged.Missed[kind].Count == 0 ? "none" : string.Join("; ", judged.Missed[kind])));
            s.AppendLine();
            s.AppendLine("In neither list, or split: " + (judged.Spurious[kind].Count == 0 ? "none" : string.Join("; ", judged.Spurious[kind]).Replace("*", "\\*", StringComparison.Ordinal)));
            if (second.Missed.TryGetValue(kind, out List<string>? secondMissed))
            {
                s.AppendLine();
                s.AppendLine($"Missed from the independent list's named entries ({secondMissed.Count}): " + (secondMissed.Count == 0 ? "none" : string.Join("; ", secondMissed)));
            }
        }
        return s.ToString();
    }

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
