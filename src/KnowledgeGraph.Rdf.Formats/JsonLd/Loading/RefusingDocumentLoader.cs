namespace KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

/// <summary>
/// The default loader: it loads nothing. Dereferencing URLs found in documents would let any input make the server
/// issue requests (server-side request forgery), so contexts must be supplied locally; see
/// <see cref="MappedDocumentLoader"/> to allow-list URLs or map them to files.
/// </summary>
public sealed class RefusingDocumentLoader : IDocumentLoader
{
    /// <summary>The one instance (the loader has no state).</summary>
    public static RefusingDocumentLoader Instance { get; } = new();

    /// <inheritdoc/>
    public RemoteDocument Load(string url) =>
        throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$",
            $"remote document loading is disabled; refusing <{url}> (map it to a local file or allow-list it)");
}
