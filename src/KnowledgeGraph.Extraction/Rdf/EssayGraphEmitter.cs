using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>
/// Turns an essay and its citation graph into RDF: our ontology's terms together with the standard ones consumers
/// already read (schema.org, FOAF, Dublin Core, CiTO/FaBiO/BiRO/C4O after the OpenCitations Data Model, PROV-O, Web
/// Annotation selectors). Every text-bearing resource carries an <c>oa:TextPositionSelector</c> whose start and end
/// count Unicode code points of the source file. Statements go into named graphs: the essay's structure, one graph
/// per footnote (its references and citation acts), and the cited works with their agents; the default graph states
/// each named graph's provenance.
/// </summary>
public sealed class EssayGraphEmitter
{
    private readonly IriMinter _iris;
    private readonly QuadSink _sink = new();
    private readonly PersonIndex _people = new();

    /// <summary>Creates an emitter minting IRIs under <paramref name="baseIri"/>.</summary>
    public EssayGraphEmitter(string baseIri) => _iris = new IriMinter(baseIri);

    /// <summary>Emits the statements for one essay.</summary>
    public EssayGraph Emit(EssayDocument document, CitationGraph citations) => Emit(document, citations, null);

    /// <summary>Emits the statements for one essay and, when given, its entities and their mentions (in a named graph of their own).</summary>
    public EssayGraph Emit(EssayDocument document, CitationGraph citations, EntityGraph? entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citations);
        string slug = IriMinter.Slug(Path.GetFileNameWithoutExtension(document.Source.Name));
        Iri essay = _iris.Mint("essay", slug);
        Iri source = _iris.Mint("source", slug);
        Iri activity = _iris.Mint("activity", "extraction", slug);
        Iri essayGraph = _iris.Mint("graph", slug, "essay");
        Iri worksGraph = _iris.Mint("graph", slug, "works");
        var graphs = new List<Iri> { essayGraph, worksGraph };

        _sink.Graph = worksGraph;
        var workIris = citations.Works.ToDictionary(w => w, w => _iris.Mint("work", w.Key.StartsWith("title|", StringComparison.Ordinal) ? w.Key[6..] : w.Key.Replace("|", " ", StringComparison.Ordinal)));
        foreach (CitedWork work in citations.Works)
        {
            EmitWork(work, workIris);
        }

        _sink.Graph = essayGraph;
        EmitEssay(document, essay);
        var paragraphIris = new Dictionary<int, Iri>();
        foreach (Paragraph paragraph in document.Paragraphs)
        {
            Iri p = _iris.Mint("essay", slug, "paragraph", paragraph.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            paragraphIris[paragraph.Index] = p;
            _sink.Type(p, Kgo.Paragraph, Schema.CreativeWork);
            Label(p, $"Paragraph {paragraph.Index + 1} of {document.Title}");
            _sink.Integer(p, Kgo.ParagraphIndex, paragraph.Index);
            _sink.Text(p, Kgo.ParagraphKind, paragraph.Kind.ToString());
            _sink.Text(p, C4o.HasContent, paragraph.Content.Text);
            _sink.Add(p, DcTerms.IsPartOf, essay);
            _sink.Add(essay, Kgo.HasParagraph, p);
            Selector(p, document.Source, paragraph.Content.Extent);
        }
        var footnoteIris = document.Footnotes.ToDictionary(f => f.Number, f => _iris.Mint("essay", slug, "footnote", f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (FootnoteMarker marker in document.Markers)
        {
            Iri m = _iris.Mint("essay", slug, "marker", $"{marker.Number}-{marker.Span.Start}");
            _sink.Type(m, Kgo.FootnoteMarker, C4o.InTextReferencePointer, Schema.CreativeWork);
            Label(m, $"Marker {marker.Number}");
            _sink.Text(m, C4o.HasContent, document.Source.Slice(marker.Span));
            _sink.Add(m, Kgo.InParagraph, paragraphIris[marker.ParagraphIndex]);
            _sink.Add(essay, Kgo.HasMarker, m);
            if (footnoteIris.TryGetValue(marker.Number, out Iri? note) && document.FindFootnote(marker.Number)?.Marker == marker)
            {
                _sink.Add(m, Kgo.PointsTo, note);
            }
            Selector(m, document.Source, marker.Span);
        }
        foreach (CitationAct act in citations.Acts.Where(a => a.FootnoteNumber == 0))
        {
            EmitAct(act, essay, _iris.Mint("essay", slug, "citation", act.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                paragraphIris.GetValueOrDefault(act.ParagraphIndex), null, workIris, document.Source);
        }

        foreach (Footnote footnote in document.Footnotes)
        {
            Iri noteGraph = _iris.Mint("graph", slug, "footnote", footnote.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            graphs.Add(noteGraph);
            _sink.Graph = noteGraph;
            Iri note = footnoteIris[footnote.Number];
            _sink.Type(note, Kgo.Footnote, Schema.CreativeWork);
            Label(note, $"Footnote {footnote.Number} of {document.Title}");
            _sink.Integer(note, Kgo.FootnoteNumber, footnote.Number);
            _sink.Text(note, C4o.HasContent, footnote.Content.Text);
            _sink.Add(note, DcTerms.IsPartOf, essay);
            _sink.Add(essay, Kgo.HasFootnote, note);
            Selector(note, document.Source, footnote.Content.Extent);
            int k = 0;
            foreach (CitationAct act in citations.Acts.Where(a => a.FootnoteNumber == footnote.Number))
            {
                k++;
                Iri reference = _iris.Mint("essay", slug, "footnote", footnote.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "reference", k.ToString(System.Globalization.CultureInfo.InvariantCulture));
                EmitAct(act, essay, _iris.Mint("essay", slug, "citation", act.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), note, reference, workIris, document.Source);
            }
        }

        _sink.Graph = worksGraph;
        EmitAgents();
        if (entities is not null)
        {
            Iri entitiesGraph = _iris.Mint("graph", slug, "entities");
            graphs.Add(entitiesGraph);
            _sink.Graph = entitiesGraph;
            var mentions = new MentionEmitter(_sink, _iris, slug);
            // A work named in prose that the notes also cite is the cited work: one resource, found by its folded title.
            var citedTitles = citations.Works.Where(w => w.Title is not null).GroupBy(w => Entities.Internal.NameKey.Fold(w.Title!)).ToDictionary(g => g.Key, g => workIris[g.First()]);
            Iri? KnownWork(IReadOnlyList<string> names) => names.Select(n => citedTitles.GetValueOrDefault(Entities.Internal.NameKey.Fold(n))).FirstOrDefault(i => i is not null);
            var entityIris = mentions.Emit(entities, document, essay, source, KnownAgent, KnownWork, _agentIris.Values.ToHashSet(), paragraphIris, footnoteIris);
            mentions.EmitQuotations(entities, document, essay, entityIris, workIris, paragraphIris, footnoteIris);
            mentions.EmitRelations(entities, document, entityIris, paragraphIris, footnoteIris);
        }
        _sink.Graph = null;
        EmitProvenance(document, source, activity, graphs);
        return new EssayGraph(essay, _sink.Quads);
    }

    private void EmitEssay(EssayDocument document, Iri essay)
    {
        _sink.Type(essay, Kgo.Essay, Schema.ScholarlyArticle, Fabio.Expression);
        Label(essay, document.Title);
        _sink.Text(essay, DcTerms.Title, document.Title);
        if (document.Author is string author)
        {
            Iri person = Agent(author);
            _sink.Add(essay, DcTerms.Creator, person);
            _sink.Add(essay, Schema.Author, person);
        }
        Selector(essay, document.Source, new SourceSpan(0, document.Source.Text.Length));
    }

    private void EmitWork(CitedWork work, Dictionary<CitedWork, Iri> iris)
    {
        Iri w = iris[work];
        _sink.Type(w, Kgo.Work, Schema.CreativeWork);
        _sink.Type(w, work.Kind switch
        {
            ReferenceKind.Book => [Kgo.Book, Schema.Book, Fabio.Book],
            ReferenceKind.EditedBook => [Kgo.EditedVolume, Kgo.Book, Schema.Book, Fabio.Book],
            ReferenceKind.Chapter => [Kgo.Chapter, Schema.Chapter, Fabio.BookChapter],
            ReferenceKind.Article => [Kgo.Article, Schema.ScholarlyArticle, Fabio.JournalArticle],
            ReferenceKind.Periodical => [Kgo.Periodical, Schema.Periodical, Fabio.Journal],
            ReferenceKind.Manuscript => [Kgo.Manuscript, Schema.Manuscript, Fabio.Manuscript],
            ReferenceKind.Speech => [Kgo.Speech, Schema.CreativeWork, Fabio.Expression],
            _ => [Schema.CreativeWork, Fabio.Expression],
        });
        Label(w, work.Label);
        _sink.Text(w, DcTerms.Title, work.Title);
        foreach (PersonName author in work.Authors)
        {
            Iri agent = Agent(author.Text);
            _sink.Add(w, DcTerms.Creator, agent);
            _sink.Add(w, Schema.Author, agent);
        }
        foreach (PersonName editor in work.Editors)
        {
            _sink.Add(w, Schema.Editor, Agent(editor.Text));
        }
        foreach (PersonName translator in work.Translators)
        {
            _sink.Add(w, Schema.Translator, Agent(translator.Text));
        }
        if (work.PartOf is CitedWork container)
        {
            _sink.Add(w, DcTerms.IsPartOf, iris[container]);
            _sink.Add(w, Schema.IsPartOf, iris[container]);
        }
        _sink.Text(w, Kgo.PublicationPlace, work.Place);
        _sink.Text(w, Kgo.PublisherName, work.Publisher);
        _sink.Text(w, Kgo.PublicationYear, work.Year);
        if (work.Year is { Length: 4 } year && year.All(char.IsAsciiDigit))
        {
            _sink.Add(w, Schema.DatePublished, Literal.Typed(year, Xsd.GYear));
        }
        _sink.Text(w, Schema.VolumeNumber, work.Volume);
        _sink.Text(w, Schema.IssueNumber, work.Issue);
    }

    private void EmitAct(CitationAct act, Iri essay, Iri citation, Iri? place, Iri? reference, Dictionary<CitedWork, Iri> works, SourceText source)
    {
        ParsedReference r = act.Reference;
        Iri work = works[act.Work];
        Iri characterization = new(Cito.Namespace + r.Characterization);
        _sink.Type(citation, Kgo.CitationAct, Cito.Citation, Schema.CreativeWork);
        Label(citation, $"Citation of {act.Work.Label}" + (act.FootnoteNumber > 0 ? $" in footnote {act.FootnoteNumber}" : " in the text"));
        _sink.Add(citation, Cito.HasCitingEntity, essay);
        _sink.Add(citation, Cito.HasCitedEntity, work);
        _sink.Add(citation, Cito.HasCitationCharacterization, characterization);
        _sink.Add(essay, Cito.Cites, work);
        _sink.Add(essay, Schema.Citation, work);
        if (characterization != Cito.Cites)
        {
            _sink.Add(essay, characterization, work);
        }
        if (place is not null)
        {
            _sink.Add(citation, act.FootnoteNumber > 0 ? Kgo.InFootnote : Kgo.InParagraph, place);
        }
        _sink.Text(citation, Kgo.CitedPages, r.Pages?.Value);
        if (r.BackReference != BackReferenceKind.None)
        {
            _sink.Text(citation, Kgo.BackReference, r.BackReference switch
            {
                BackReferenceKind.Ibid => "ibid.",
                BackReferenceKind.LocCit => "loc. cit.",
                BackReferenceKind.ShortForm => "short form",
                _ => "op. cit.",
            });
        }
        if (act.ResolvedTo is CitedWork resolved)
        {
            _sink.Add(citation, Kgo.ResolvedTo, works[resolved]);
            if (act.ResolvedForward)
            {
                _sink.Boolean(citation, Kgo.ResolvedForward, true);
            }
        }
        if (r.Secondhand)
        {
            _sink.Boolean(citation, Kgo.Secondhand, true);
        }
        if (r.RelayedAuthor is PersonName relayed)
        {
            _sink.Add(citation, Kgo.RelayedAuthor, Agent(relayed.Text));
        }
        Selector(citation, source, r.Raw.Span);
        if (reference is not null)
        {
            _sink.Type(reference, Biro.BibliographicReference, Kgo.BibliographicReference, Schema.CreativeWork);
            Label(reference, r.Raw.Value.Length > 120 ? r.Raw.Value[..120] + "…" : r.Raw.Value);
            _sink.Text(reference, C4o.HasContent, r.Raw.Value);
            _sink.Add(reference, Biro.References, work);
            if (place is not null)
            {
                _sink.Add(reference, DcTerms.IsPartOf, place);
            }
            _sink.Add(citation, Kgo.HasReference, reference);
            _sink.Add(citation, Prov.WasDerivedFrom, reference);
            Selector(reference, source, r.Raw.Span);
        }
    }

    private void EmitProvenance(EssayDocument document, Iri source, Iri activity, List<Iri> graphs)
    {
        Iri software = _iris.Mint("agent", "kg");
        _sink.Type(source, Kgo.SourceDocument, Prov.Entity, Schema.CreativeWork);
        Label(source, Path.GetFileName(document.Source.Name));
        _sink.Type(activity, Prov.Activity);
        Label(activity, $"Extraction of {Path.GetFileName(document.Source.Name)}");
        _sink.Add(activity, Prov.Used, source);
        _sink.Add(activity, Prov.WasAssociatedWith, software);
        _sink.Type(software, Prov.SoftwareAgent);
        Label(software, "kg build (KnowledgeGraph extractor)");
        foreach (Iri graph in graphs)
        {
            _sink.Type(graph, Prov.Entity);
            _sink.Add(graph, Prov.WasDerivedFrom, source);
            _sink.Add(graph, Prov.WasGeneratedBy, activity);
        }
    }

    private Iri Agent(string name)
    {
        PersonIndex.Agent agent = _people.Resolve(name);
        Iri iri = _iris.Mint(agent.IsOrganization ? "organization" : "person", IriMinter.Slug(agent.Names[0]));
        return AgentIri(agent, iri);
    }

    private readonly Dictionary<PersonIndex.Agent, Iri> _agentIris = [];

    /// <summary>The IRI of the person the citation graph knows under one of these names, or null.</summary>
    private Iri? KnownAgent(IReadOnlyList<string> names) =>
        _agentIris.FirstOrDefault(p => !p.Key.IsOrganization && p.Key.Names.Any(n => names.Contains(n, StringComparer.Ordinal))).Value;

    private Iri AgentIri(PersonIndex.Agent agent, Iri proposed)
    {
        if (!_agentIris.TryGetValue(agent, out Iri? iri))
        {
            iri = proposed;
            _agentIris[agent] = iri;
        }
        return iri;
    }

    private void EmitAgents()
    {
        foreach ((PersonIndex.Agent agent, Iri iri) in _agentIris)
        {
            if (agent.IsOrganization)
            {
                _sink.Type(iri, Kgo.Organization, Schema.Organization, Foaf.Organization);
            }
            else
            {
                _sink.Type(iri, Kgo.Person, Schema.Person, Foaf.Person);
            }
            _sink.Text(iri, Foaf.Name, agent.Name);
            Label(iri, agent.Name);
        }
    }

    private void Label(Term subject, string label)
    {
        _sink.Text(subject, Schema.Name, label);
        _sink.Text(subject, Rdfs.Label, label);
    }

    private void Selector(Iri subject, SourceText source, SourceSpan span)
    {
        var selector = new Iri(subject.Value + "#text");
        _sink.Type(selector, Oa.TextPositionSelector);
        _sink.Integer(selector, Oa.Start, source.ToCodePointOffset(span.Start));
        _sink.Integer(selector, Oa.End, source.ToCodePointOffset(span.End));
        _sink.Add(subject, Kgo.TextSelector, selector);
    }
}
