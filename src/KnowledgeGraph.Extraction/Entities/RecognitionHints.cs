namespace KnowledgeGraph.Extraction.Entities;

/// <summary>What the rest of the extraction already knows and a recogniser may use as evidence.</summary>
/// <param name="KnownPersons">Person names the citation graph knows (authors, editors, translators), as written.</param>
/// <param name="KnownPlaces">Places of publication the citation graph knows.</param>
public sealed record RecognitionHints(IReadOnlyCollection<string> KnownPersons, IReadOnlyCollection<string> KnownPlaces)
{
    /// <summary>No hints.</summary>
    public static RecognitionHints None { get; } = new([], []);
}
