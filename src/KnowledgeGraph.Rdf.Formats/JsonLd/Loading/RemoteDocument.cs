namespace KnowledgeGraph.Rdf.Formats.JsonLd.Loading;

/// <summary>
/// A document returned by an <see cref="IDocumentLoader"/> (§9.4 RemoteDocument): its final URL after redirects, its
/// content type, the URL of a context from an HTTP Link header, and the JSON text.
/// </summary>
/// <param name="DocumentUrl">The URL the document was finally loaded from (after redirects).</param>
/// <param name="ContentType">The media type without parameters, e.g. <c>application/ld+json</c>, or null.</param>
/// <param name="ContextUrl">The target of a <c>http://www.w3.org/ns/json-ld#context</c> Link header, or null.</param>
/// <param name="Profile">The <c>profile</c> parameter of the content type, or null.</param>
/// <param name="Document">The document's JSON text.</param>
public sealed record RemoteDocument(string DocumentUrl, string? ContentType, string? ContextUrl, string? Profile, string Document);
