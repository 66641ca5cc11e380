using KnowledgeGraph.Extraction.Documents;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Documents;

public sealed class ReaderDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void The_reader_lists_what_it_rebuilt()
    {
        EssayDocument essay = Corpus.Gouldner;
        foreach (Paragraph p in essay.Paragraphs)
        {
            string t = p.Content.Text;
            output.WriteLine($"P{p.Index} {p.Kind} {p.Content.Extent} {essay.Source.LocationOf(p.Content.Extent.Start)}: {t[..Math.Min(60, t.Length)]} ... {t[Math.Max(0, t.Length - 40)..]}");
        }
        foreach (Footnote f in essay.Footnotes)
        {
            string t = f.Content.Text;
            output.WriteLine($"F{f.Number} marker={f.Marker?.Span} segs={f.Content.Segments.Count}: {t[..Math.Min(60, t.Length)]} ... {t[Math.Max(0, t.Length - 50)..]}");
        }
        foreach (ReaderAnomaly a in essay.Anomalies)
        {
            output.WriteLine(a.ToString());
        }
    }
}
