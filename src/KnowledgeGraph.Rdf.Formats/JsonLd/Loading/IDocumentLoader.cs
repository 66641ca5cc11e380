namespace KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

/// <summary>
/// Loads the documents a JSON-LD operation refers to: remote contexts (<c>@context</c> and <c>@import</c> URLs) and
/// input documents given by URL (§9.4 LoadDocumentCallback).
/// </summary>
public interface IDocumentLoader
{
    /// <summary>Loads the document at an absolute URL.</summary>
    /// <exception cref="JsonLdException">With code <c>loading document failed</c> when the URL is refused or cannot be read.</exception>
    RemoteDocument Load(string url);
}
