namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds mentions in the essay's text. <see cref="RuleBasedMentionRecognizer"/> is the default; a statistical
/// recogniser can be plugged in through <see cref="EntityExtractor.Extract"/>.
/// </summary>
public interface IMentionRecognizer
{
    /// <summary>The mentions in the units, in reading order.</summary>
    /// <param name="units">The paragraphs and footnotes.</param>
    /// <param name="hints">What the citation graph already knows.</param>
    IReadOnlyList<EntityMention> Recognize(IReadOnlyList<TextUnit> units, RecognitionHints hints);
}
