using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities.Internal;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The second half of the extractor: finds the mentions of entities in an essay's paragraphs and footnotes and merges
/// them into one entity per real-world thing. The citation graph is evidence: its authors, editors and translators are
/// known persons, and its places of publication known places.
/// </summary>
public static class EntityExtractor
{
    /// <summary>Extracts the entities of an essay.</summary>
    /// <param name="document">The essay.</param>
    /// <param name="citations">Its citation graph.</param>
    /// <param name="recognizer">The mention recogniser; <see cref="RuleBasedMentionRecognizer"/> when null.</param>
    public static EntityGraph Extract(EssayDocument document, CitationGraph citations, IMentionRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citations);
        IReadOnlyList<TextUnit> units = TextUnit.Of(document);
        var persons = citations.Works
            .SelectMany(w => w.Authors.Concat(w.Editors).Concat(w.Translators))
            .Select(p => p.Text.Trim())
            .Where(p => p.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var places = citations.Works.Select(w => w.Place).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var hints = new RecognitionHints(persons, places);
        IReadOnlyList<EntityMention> mentions = (recognizer ?? new RuleBasedMentionRecognizer()).Recognize(units, hints);

        var entities = new List<ExtractedEntity>();
        foreach (PersonCluster cluster in PersonCoreference.Resolve([.. mentions.Where(m => m.Kind == EntityKind.Person)], persons, units))
        {
            entities.Add(new ExtractedEntity(EntityKind.Person, cluster.Label, [.. cluster.Mentions], [.. cluster.Names]));
        }
        entities.AddRange(OtherEntityResolver.Resolve(mentions.Where(m => m.Kind != EntityKind.Person)));
        return new EntityGraph(entities, QuotationFinder.Find(document, citations, units, entities), RelationFinder.Find(entities));
    }
}
