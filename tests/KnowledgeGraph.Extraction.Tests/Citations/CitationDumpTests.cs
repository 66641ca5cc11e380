using KnowledgeGraph.Extraction.Citations;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Citations;

public sealed class CitationDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void The_extractor_lists_the_citations_it_found()
    {
        CitationGraph graph = CitationExtractor.Extract(Corpus.Gouldner);
        foreach (CitationAct act in graph.Acts)
        {
            ParsedReference r = act.Reference;
            output.WriteLine($"A{act.Id} fn{r.FootnoteNumber} {r.BackReference} {r.Kind} {r.Characterization}{(r.Secondhand ? " 2nd" : "")} | a={string.Join("; ", r.Authors)} | e={string.Join("; ", r.Editors)} | tr={string.Join("; ", r.Translators)} | t={r.Title} | c={r.Container} | v={r.Volume} i={r.Issue} | pl={r.Place} pb={r.Publisher} y={r.Year} | pg={r.Pages} => W{act.Work.Id} {act.Work.Label}{(act.ResolvedTo is null ? "" : " <- " + act.ResolvedTo.Label)}");
        }
        foreach (CitedWork w in graph.Works)
        {
            output.WriteLine($"W{w.Id} {w.Kind} {w.Label} | a={string.Join("; ", w.Authors)} e={string.Join("; ", w.Editors)} y={w.Year} partOf={w.PartOf?.Id}");
        }
        foreach (var a in graph.Anomalies)
        {
            output.WriteLine(a.ToString());
        }
    }
}
