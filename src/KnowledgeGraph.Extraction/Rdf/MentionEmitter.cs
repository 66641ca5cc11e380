using System.Globalization;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>
/// Emits the extracted entities and their mentions. Each mention is a Web Annotation (<c>kgo:TextMention</c>, an
/// <c>oa:Annotation</c>) whose body is the entity and whose target is an <c>oa:SpecificResource</c> of the source
/// file with a <c>TextQuoteSelector</c> (exact, prefix, suffix) and a <c>TextPositionSelector</c> in code points.
/// A person the citation graph already knows keeps its IRI, so a person cited in a footnote and named in the body
/// is one resource.
/// </summary>
internal sealed class MentionEmitter(QuadSink sink, IriMinter iris, string slug)
{
    private const int ContextLength = 32;

    /// <summary>Emits the entities; <paramref name="knownAgent"/> finds the IRI the citation graph gave a name, if any.</summary>
    public IReadOnlyDictionary<ExtractedEntity, Iri> Emit(EntityGraph entities, EssayDocument document, Iri essay, Iri source, Func<IReadOnlyList<string>, Iri?> knownAgent,
        Func<IReadOnlyList<string>, Iri?> knownWork, ISet<Iri> usedIris, IReadOnlyDictionary<int, Iri> paragraphs, IReadOnlyDictionary<int, Iri> footnotes)
    {
        int n = 0;
        var entityIris = new Dictionary<ExtractedEntity, Iri>();
        foreach (ExtractedEntity entity in entities.Entities)
        {
            Iri? known = entity.Kind switch
            {
                EntityKind.Person => knownAgent(entity.Variants),
                EntityKind.Work => knownWork(entity.Variants),
                _ => null,
            };
            Iri iri = known ?? Mint(entity, usedIris);
            usedIris.Add(iri);
            entityIris[entity] = iri;
            if (known is null)
            {
                EmitEntity(entity, iri);
            }
            foreach (string variant in entity.Variants.Where(v => v != entity.Label))
            {
                sink.Text(iri, Schema.AlternateName, variant);
            }
            if (entity.Mentions.Count > 0)
            {
                sink.Add(essay, Schema.Mentions, iri);
            }
            foreach (EntityMention mention in entity.Mentions)
            {
                n++;
                Iri mentionIri = iris.Mint("essay", slug, "mention", n.ToString(CultureInfo.InvariantCulture));
                EmitMention(mention, iri, entity.Label, mentionIri, document.Source, source, paragraphs, footnotes);
                if (ReferenceEquals(mention, entity.YearEvidence) && entity.Year is int year)
                {
                    // The date and the words that state it: the mention's selectors locate "the 15th Party Congress of 1927".
                    sink.Add(iri, Schema.StartDate, Literal.Typed(year.ToString("0000", CultureInfo.InvariantCulture), Xsd.GYear));
                    sink.Add(iri, Kgo.DateStatedIn, mentionIri);
                }
            }
        }
        return entityIris;
    }

    /// <summary>Emits the quotations: words, speaker, the work cited for them (and whether secondhand), where they are.</summary>
    public void EmitQuotations(EntityGraph entities, EssayDocument document, Iri essay, IReadOnlyDictionary<ExtractedEntity, Iri> entityIris,
        IReadOnlyDictionary<Citations.CitedWork, Iri> works, IReadOnlyDictionary<int, Iri> paragraphs, IReadOnlyDictionary<int, Iri> footnotes)
    {
        int n = 0;
        foreach (Quotation quotation in entities.Quotations)
        {
            n++;
            Iri q = iris.Mint("essay", slug, "quotation", n.ToString(CultureInfo.InvariantCulture));
            sink.Type(q, Kgo.Quotation, Schema.Quotation);
            string words = quotation.Text.Length > 80 ? quotation.Text[..80] + "…" : quotation.Text;
            string label = quotation.Speaker is null ? $"Quotation: “{words}”" : $"Quotation of {quotation.Speaker.Label}: “{words}”";
            sink.Text(q, Schema.Name, label);
            sink.Text(q, Rdfs.Label, label);
            sink.Text(q, Schema.Text, quotation.Text);
            sink.Add(essay, Kgo.Quotes, q);
            if (quotation.Speaker is not null && entityIris.TryGetValue(quotation.Speaker, out Iri? speaker))
            {
                sink.Add(q, Schema.Creator, speaker);
            }
            if (quotation.Source is not null && works.TryGetValue(quotation.Source, out Iri? work))
            {
                sink.Add(q, Schema.IsBasedOn, work);
                if (quotation.Secondhand)
                {
                    sink.Boolean(q, Kgo.Secondhand, true);
                }
            }
            EmitWhere(q, quotation.Unit, quotation.Span, document.Source, paragraphs, footnotes);
        }
    }

    /// <summary>
    /// Emits the stated relations: the statement itself (a work's <c>schema:author</c>, a person's <c>schema:memberOf</c>)
    /// and, as its evidence, a reified <c>kgo:StatedRelation</c> with the stating words, the office named and where they are.
    /// </summary>
    public void EmitRelations(EntityGraph entities, EssayDocument document, IReadOnlyDictionary<ExtractedEntity, Iri> entityIris,
        IReadOnlyDictionary<int, Iri> paragraphs, IReadOnlyDictionary<int, Iri> footnotes)
    {
        int n = 0;
        foreach (StatedRelation relation in entities.Relations)
        {
            if (!entityIris.TryGetValue(relation.Subject, out Iri? subject) || !entityIris.TryGetValue(relation.Object, out Iri? value))
            {
                continue;
            }
            Iri predicate = relation.Kind switch
            {
                RelationKind.Author => Schema.Author,
                RelationKind.MemberOf => Schema.MemberOf,
                RelationKind.StudentOf => Kgo.StudentOf,
                RelationKind.SpouseOf => Schema.Spouse,
                _ => Schema.Colleague,
            };
            sink.Add(subject, predicate, value);
            n++;
            Iri r = iris.Mint("essay", slug, "relation", n.ToString(CultureInfo.InvariantCulture));
            sink.Type(r, Kgo.StatedRelation, RdfVocab.Statement);
            sink.Add(r, RdfVocab.Subject, subject);
            sink.Add(r, RdfVocab.Predicate, predicate);
            sink.Add(r, RdfVocab.Object, value);
            sink.Text(r, Kgo.Role, relation.Role);
            sink.Text(r, Schema.Text, relation.Text);
            sink.Text(r, Rdfs.Label, $"Stated: {relation.Text}");
            EmitWhere(r, relation.Unit, relation.Unit.Content.ToSource(relation.Start, relation.End), document.Source, paragraphs, footnotes);
        }
    }

    /// <summary>
    /// Where words of the essay are: their paragraph or footnote (also as their PROV source) and their code-point range
    /// (<c>{node}#text</c>, a TextPositionSelector, which a mention's target also uses).
    /// </summary>
    private void EmitWhere(Iri node, TextUnit unit, SourceSpan span, SourceText text, IReadOnlyDictionary<int, Iri> paragraphs, IReadOnlyDictionary<int, Iri> footnotes)
    {
        if (unit.ParagraphIndex is int p && paragraphs.TryGetValue(p, out Iri? paragraph))
        {
            sink.Add(node, Kgo.InParagraph, paragraph);
            sink.Add(node, Prov.WasDerivedFrom, paragraph);
        }
        if (unit.FootnoteNumber is int f && footnotes.TryGetValue(f, out Iri? footnote))
        {
            sink.Add(node, Kgo.InFootnote, footnote);
            sink.Add(node, Prov.WasDerivedFrom, footnote);
        }
        var position = new Iri(node.Value + "#text");
        sink.Type(position, Oa.TextPositionSelector);
        sink.Integer(position, Oa.Start, text.ToCodePointOffset(span.Start));
        sink.Integer(position, Oa.End, text.ToCodePointOffset(span.End));
        sink.Add(node, Kgo.TextSelector, position);
    }

    private Iri Mint(ExtractedEntity entity, ISet<Iri> used)
    {
        string kind = entity.Kind switch
        {
            EntityKind.Person => "person",
            EntityKind.Organization => "organization",
            EntityKind.Place => "place",
            EntityKind.Event => "event",
            _ => "work",
        };
        Iri iri = iris.Mint(kind, IriMinter.Slug(entity.Label));
        for (int k = 2; used.Contains(iri); k++)
        {
            iri = iris.Mint(kind, IriMinter.Slug(entity.Label) + "-" + k.ToString(CultureInfo.InvariantCulture));
        }
        return iri;
    }

    private void EmitEntity(ExtractedEntity entity, Iri iri)
    {
        switch (entity.Kind)
        {
            case EntityKind.Person:
                sink.Type(iri, Kgo.Person, Schema.Person, Foaf.Person);
                sink.Text(iri, Foaf.Name, entity.Label);
                break;
            case EntityKind.Organization:
                sink.Type(iri, Kgo.Organization, Schema.Organization, Foaf.Organization);
                sink.Text(iri, Foaf.Name, entity.Label);
                break;
            case EntityKind.Place:
                sink.Type(iri, Kgo.Place, Schema.Place);
                break;
            case EntityKind.Event:
                sink.Type(iri, Kgo.Event, Schema.Event);
                break;
            case EntityKind.Work:
                sink.Type(iri, Kgo.Work, Schema.CreativeWork);
                sink.Text(iri, DcTerms.Title, entity.Label);
                break;
            default:
                return;
        }
        sink.Text(iri, Schema.Name, entity.Label);
        sink.Text(iri, Rdfs.Label, entity.Label);
    }

    private void EmitMention(EntityMention mention, Iri entity, string label, Iri m, SourceText text, Iri source,
        IReadOnlyDictionary<int, Iri> paragraphs, IReadOnlyDictionary<int, Iri> footnotes)
    {
        SourceSpan span = mention.Span;
        sink.Type(m, Kgo.TextMention, Oa.Annotation);
        sink.Text(m, Rdfs.Label, $"Mention of {label}");
        sink.Add(m, Oa.MotivatedBy, Oa.Identifying);
        sink.Add(m, Oa.HasBody, entity);
        sink.Add(m, Kgo.Mentions, entity);
        sink.Text(m, Kgo.Evidence, mention.Evidence);
        EmitWhere(m, mention.Unit, span, text, paragraphs, footnotes);
        var target = new Iri(m.Value + "#target");
        var quote = new Iri(m.Value + "#quote");
        var position = new Iri(m.Value + "#text");
        sink.Add(m, Oa.HasTarget, target);
        sink.Type(target, Oa.SpecificResource);
        sink.Add(target, Oa.HasSource, source);
        sink.Add(target, Oa.HasSelector, quote);
        sink.Add(target, Oa.HasSelector, position);
        sink.Type(quote, Oa.TextQuoteSelector);
        sink.Text(quote, Oa.Exact, text.Slice(span));
        sink.Add(quote, Oa.Prefix, Literal.Simple(Context(text.Text, Math.Max(0, span.Start - ContextLength), span.Start)));
        sink.Add(quote, Oa.Suffix, Literal.Simple(Context(text.Text, span.End, Math.Min(text.Text.Length, span.End + ContextLength))));
    }

    /// <summary>A slice that does not cut a surrogate pair in half.</summary>
    private static string Context(string text, int start, int end)
    {
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start++;
        }
        if (end > start && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end--;
        }
        return text[start..Math.Max(start, end)];
    }
}
