using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>One term definition of an active context (§4.1 Context Processing, "term definition").</summary>
internal sealed class TermDefinition
{
    public string? IriMapping { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public bool ReverseProperty { get; set; }

    public string? BaseUrl { get; set; }

    /// <summary>Whether the term has a scoped context (which may itself be null, resetting the context).</summary>
    public bool HasLocalContext { get; set; }

    public object? LocalContext { get; set; }

    public List<string> ContainerMapping { get; set; } = [];

    public bool HasDirection { get; set; }

    /// <summary>"ltr", "rtl" or null (an explicit null means no direction).</summary>
    public string? DirectionMapping { get; set; }

    public string? IndexMapping { get; set; }

    public bool HasLanguage { get; set; }

    /// <summary>The language, or null (an explicit null means no language).</summary>
    public string? LanguageMapping { get; set; }

    public string? NestValue { get; set; }

    public string? TypeMapping { get; set; }

    public bool HasContainer(string container) => ContainerMapping.Contains(container);

    /// <summary>Whether two definitions are the same apart from their protected flag (§4.2.2 step 27).</summary>
    public bool SameAs(TermDefinition other) =>
        IriMapping == other.IriMapping
        && Prefix == other.Prefix
        && ReverseProperty == other.ReverseProperty
        && HasLocalContext == other.HasLocalContext
        && Json.DeepEquals(LocalContext, other.LocalContext)
        && ContainerMapping.Order(StringComparer.Ordinal).SequenceEqual(other.ContainerMapping.Order(StringComparer.Ordinal))
        && HasDirection == other.HasDirection
        && DirectionMapping == other.DirectionMapping
        && IndexMapping == other.IndexMapping
        && HasLanguage == other.HasLanguage
        && LanguageMapping == other.LanguageMapping
        && NestValue == other.NestValue
        && TypeMapping == other.TypeMapping;
}
