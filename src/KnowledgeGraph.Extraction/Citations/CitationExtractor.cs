using KnowledgeGraph.Extraction.Documents;

namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Turns an essay's footnotes (and titles cited in its running text) into a citation graph: every reference parsed,
/// back-references resolved, each distinct work one <see cref="CitedWork"/> however often it is cited, every act of
/// citing one <see cref="CitationAct"/>.
/// </summary>
public static class CitationExtractor
{
    /// <summary>Extracts the citation graph of a document.</summary>
    public static CitationGraph Extract(EssayDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parser = new FootnoteCitationParser(document.Author);
        var parsed = document.Footnotes.Select(note => (Note: note, References: parser.Parse(note.Content, note.Number))).ToList();

        // First pass: every full reference interned, so a back-reference to a work cited only later can still resolve.
        var registry = new WorkRegistry();
        foreach ((Footnote _, IReadOnlyList<ParsedReference> references) in parsed)
        {
            foreach (ParsedReference reference in references.Where(r => r.BackReference == BackReferenceKind.None))
            {
                registry.Intern(reference);
            }
        }

        var acts = new List<CitationAct>();
        var anomalies = new List<ReaderAnomaly>();
        var recent = new List<CitedWork>();
        foreach ((Footnote note, IReadOnlyList<ParsedReference> references) in parsed)
        {
            foreach (ParsedReference reference in references)
            {
                CitationAct? act = Act(reference, note, registry, recent, acts, anomalies, document.Source);
                if (act is null)
                {
                    continue;
                }
                acts.Add(act);
                Remember(recent, act.ResolvedTo ?? act.Work);
                Remember(recent, act.Work);
            }
        }
        AddParentheticalCitations(document, registry, acts);
        acts.AddRange(BodyCitationFinder.Find(document, registry.Works, acts.Count));
        return new CitationGraph(registry.Works, acts, anomalies);
    }

    private static CitationAct? Act(
        ParsedReference reference, Footnote note, WorkRegistry registry, List<CitedWork> recent,
        List<CitationAct> acts, List<ReaderAnomaly> anomalies, SourceText source)
    {
        if (reference.BackReference == BackReferenceKind.None)
        {
            return new CitationAct(acts.Count + 1, reference, registry.Intern(reference));
        }
        string prose = note.Content.Text[..Math.Min(note.Content.Text.Length, reference.TextStart)];
        var recentFirst = Enumerable.Reverse(recent).ToList();
        CitedWork? last = acts.Count > 0 ? acts[^1].Work : null;
        CitedWork? target = BackReferenceResolver.Resolve(reference, recentFirst, last, prose);
        bool forward = false;
        if (target is null)
        {
            var later = registry.Works.Where(w => !recent.Contains(w)).ToList();
            target = BackReferenceResolver.Resolve(reference, later, null, prose);
            forward = target is not null;
            SourceLocation where = source.LocationOf(reference.Raw.Span.Start);
            anomalies.Add(forward
                ? new ReaderAnomaly(AnomalyKind.UncertainPlacement, where, $"footnote {note.Number}: \"{reference.Raw.Value}\" points back to a work first cited only later ({target!.Label})")
                : new ReaderAnomaly(AnomalyKind.UncertainPlacement, where, $"footnote {note.Number}: \"{reference.Raw.Value}\" points back to no work cited before"));
            if (target is null)
            {
                return null;
            }
        }
        CitedWork work = target;
        if (reference.Authors.Count > 0 && reference.Editors.Count > 0
            && !reference.Authors.Any(a => NameMatching.AnyFamily(target.Authors, a.Family) || NameMatching.AnyFamily(target.Editors, a.Family)))
        {
            work = registry.Contribution(reference.Authors, target);
        }
        return new CitationAct(acts.Count + 1, reference, work) { ResolvedTo = target, ResolvedForward = forward };
    }

    /// <summary>
    /// Author-date and MLA texts: the reference list's entries become works, and each in-text citation that names one
    /// ("(Polanyi 1944, 57)", "(Morrison 23)") becomes an act, in the running text or in a footnote.
    /// </summary>
    private static void AddParentheticalCitations(EssayDocument document, WorkRegistry registry, List<CitationAct> acts)
    {
        var listed = ReferenceListParser.Parse(document).Select(e => registry.Intern(e.Reference)).Distinct().ToList();
        if (listed.Count == 0)
        {
            return;
        }
        HashSet<int> inList = ReferenceListParser.ListParagraphs(document);
        foreach (Paragraph paragraph in document.Paragraphs.Where(p => p.Kind == ParagraphKind.Body && !inList.Contains(p.Index)))
        {
            foreach ((ParsedReference reference, CitedWork work) in ParentheticalCitationFinder.Find(paragraph.Content, 0, listed))
            {
                acts.Add(new CitationAct(acts.Count + 1, reference, work) { ParagraphIndex = paragraph.Index, ResolvedTo = work });
            }
        }
        foreach (Footnote note in document.Footnotes)
        {
            foreach ((ParsedReference reference, CitedWork work) in ParentheticalCitationFinder.Find(note.Content, note.Number, listed))
            {
                acts.Add(new CitationAct(acts.Count + 1, reference, work) { ResolvedTo = work });
            }
        }
    }

    private static void Remember(List<CitedWork> recent, CitedWork work)
    {
        recent.Remove(work);
        recent.Add(work);
        if (work.PartOf is not null && !recent.Contains(work.PartOf))
        {
            recent.Insert(recent.Count - 1, work.PartOf);
        }
    }
}
