namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>The active context (§4.1): term definitions, base IRI, vocabulary mapping, defaults.</summary>
internal sealed class ActiveContext
{
    private InverseContext? _inverse;

    public Dictionary<string, TermDefinition> Terms { get; private set; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; set; }

    public string? VocabularyMapping { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultBaseDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    public TermDefinition? Term(string? term) => term is not null && Terms.TryGetValue(term, out var definition) ? definition : null;

    /// <summary>The inverse context, created on first use (§6.2.2).</summary>
    public InverseContext Inverse => _inverse ??= InverseContext.Create(this);

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        BaseIri = BaseIri,
        OriginalBaseUrl = OriginalBaseUrl,
        VocabularyMapping = VocabularyMapping,
        DefaultLanguage = DefaultLanguage,
        DefaultBaseDirection = DefaultBaseDirection,
        PreviousContext = PreviousContext,
    };
}
