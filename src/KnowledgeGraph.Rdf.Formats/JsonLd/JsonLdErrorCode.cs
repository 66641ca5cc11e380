namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The error codes of the JSON-LD 1.1 Processing Algorithms and API (§9.5 JsonLdErrorCode), as the exact strings the
/// specification and the test suite use.
/// </summary>
public static class JsonLdErrorCode
{
    /// <summary><c>colliding keywords</c>.</summary>
    public const string CollidingKeywords = "colliding keywords";

    /// <summary><c>conflicting indexes</c>.</summary>
    public const string ConflictingIndexes = "conflicting indexes";

    /// <summary><c>context overflow</c>.</summary>
    public const string ContextOverflow = "context overflow";

    /// <summary><c>cyclic IRI mapping</c>.</summary>
    public const string CyclicIriMapping = "cyclic IRI mapping";

    /// <summary><c>invalid @id value</c>.</summary>
    public const string InvalidIdValue = "invalid @id value";

    /// <summary><c>invalid @import value</c>.</summary>
    public const string InvalidImportValue = "invalid @import value";

    /// <summary><c>invalid @included value</c>.</summary>
    public const string InvalidIncludedValue = "invalid @included value";

    /// <summary><c>invalid @index value</c>.</summary>
    public const string InvalidIndexValue = "invalid @index value";

    /// <summary><c>invalid @nest value</c>.</summary>
    public const string InvalidNestValue = "invalid @nest value";

    /// <summary><c>invalid @prefix value</c>.</summary>
    public const string InvalidPrefixValue = "invalid @prefix value";

    /// <summary><c>invalid @propagate value</c>.</summary>
    public const string InvalidPropagateValue = "invalid @propagate value";

    /// <summary><c>invalid @protected value</c>.</summary>
    public const string InvalidProtectedValue = "invalid @protected value";

    /// <summary><c>invalid @reverse value</c>.</summary>
    public const string InvalidReverseValue = "invalid @reverse value";

    /// <summary><c>invalid @version value</c>.</summary>
    public const string InvalidVersionValue = "invalid @version value";

    /// <summary><c>invalid base direction</c>.</summary>
    public const string InvalidBaseDirection = "invalid base direction";

    /// <summary><c>invalid base IRI</c>.</summary>
    public const string InvalidBaseIri = "invalid base IRI";

    /// <summary><c>invalid container mapping</c>.</summary>
    public const string InvalidContainerMapping = "invalid container mapping";

    /// <summary><c>invalid context entry</c>.</summary>
    public const string InvalidContextEntry = "invalid context entry";

    /// <summary><c>invalid context nullification</c>.</summary>
    public const string InvalidContextNullification = "invalid context nullification";

    /// <summary><c>invalid default language</c>.</summary>
    public const string InvalidDefaultLanguage = "invalid default language";

    /// <summary><c>invalid IRI mapping</c>.</summary>
    public const string InvalidIriMapping = "invalid IRI mapping";

    /// <summary><c>invalid JSON literal</c>.</summary>
    public const string InvalidJsonLiteral = "invalid JSON literal";

    /// <summary><c>invalid keyword alias</c>.</summary>
    public const string InvalidKeywordAlias = "invalid keyword alias";

    /// <summary><c>invalid language map value</c>.</summary>
    public const string InvalidLanguageMapValue = "invalid language map value";

    /// <summary><c>invalid language mapping</c>.</summary>
    public const string InvalidLanguageMapping = "invalid language mapping";

    /// <summary><c>invalid language-tagged string</c>.</summary>
    public const string InvalidLanguageTaggedString = "invalid language-tagged string";

    /// <summary><c>invalid language-tagged value</c>.</summary>
    public const string InvalidLanguageTaggedValue = "invalid language-tagged value";

    /// <summary><c>invalid local context</c>.</summary>
    public const string InvalidLocalContext = "invalid local context";

    /// <summary><c>invalid remote context</c>.</summary>
    public const string InvalidRemoteContext = "invalid remote context";

    /// <summary><c>invalid reverse property</c>.</summary>
    public const string InvalidReverseProperty = "invalid reverse property";

    /// <summary><c>invalid reverse property map</c>.</summary>
    public const string InvalidReversePropertyMap = "invalid reverse property map";

    /// <summary><c>invalid reverse property value</c>.</summary>
    public const string InvalidReversePropertyValue = "invalid reverse property value";

    /// <summary><c>invalid scoped context</c>.</summary>
    public const string InvalidScopedContext = "invalid scoped context";

    /// <summary><c>invalid script element</c>.</summary>
    public const string InvalidScriptElement = "invalid script element";

    /// <summary><c>invalid set or list object</c>.</summary>
    public const string InvalidSetOrListObject = "invalid set or list object";

    /// <summary><c>invalid term definition</c>.</summary>
    public const string InvalidTermDefinition = "invalid term definition";

    /// <summary><c>invalid type mapping</c>.</summary>
    public const string InvalidTypeMapping = "invalid type mapping";

    /// <summary><c>invalid type value</c>.</summary>
    public const string InvalidTypeValue = "invalid type value";

    /// <summary><c>invalid typed value</c>.</summary>
    public const string InvalidTypedValue = "invalid typed value";

    /// <summary><c>invalid value object</c>.</summary>
    public const string InvalidValueObject = "invalid value object";

    /// <summary><c>invalid value object value</c>.</summary>
    public const string InvalidValueObjectValue = "invalid value object value";

    /// <summary><c>invalid vocab mapping</c>.</summary>
    public const string InvalidVocabMapping = "invalid vocab mapping";

    /// <summary><c>IRI confused with prefix</c>.</summary>
    public const string IriConfusedWithPrefix = "IRI confused with prefix";

    /// <summary><c>keyword redefinition</c>.</summary>
    public const string KeywordRedefinition = "keyword redefinition";

    /// <summary><c>loading document failed</c>.</summary>
    public const string LoadingDocumentFailed = "loading document failed";

    /// <summary><c>loading remote context failed</c>.</summary>
    public const string LoadingRemoteContextFailed = "loading remote context failed";

    /// <summary><c>multiple context link headers</c>.</summary>
    public const string MultipleContextLinkHeaders = "multiple context link headers";

    /// <summary><c>processing mode conflict</c>.</summary>
    public const string ProcessingModeConflict = "processing mode conflict";

    /// <summary><c>protected term redefinition</c>.</summary>
    public const string ProtectedTermRedefinition = "protected term redefinition";
}
