using System.Collections.Concurrent;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// The rendered documents of resources (body bytes and alternates header) for one dataset version, so a popular
/// resource is described and serialized once per version rather than once per request. Every entry carries the version
/// it was rendered from and counts only for that version, so an update is never hidden. The cache holds at most
/// <see cref="MaxBytes"/> of bodies; when a document would pass that, the cache starts over empty.
/// </summary>
internal sealed class DocumentCache
{
    /// <summary>The most body bytes the cache holds (documents larger than a tenth of it are never cached).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<(string Path, string Extension), CachedDocument> _documents = new();
    private long _bytes;

    /// <summary>The document rendered for <paramref name="version"/>, or null.</summary>
    public CachedDocument? Find(long version, string path, string extension) =>
        _documents.TryGetValue((path, extension), out CachedDocument? document) && document.Version == version ? document : null;

    /// <summary>Keeps a document rendered from the data at <see cref="CachedDocument.Version"/>.</summary>
    public void Add(string path, string extension, CachedDocument document)
    {
        if (document.Body.Length > MaxBytes / 10)
        {
            return;
        }
        if (Interlocked.Add(ref _bytes, document.Body.Length) > MaxBytes)
        {
            // Start over rather than track recency: simple, bounded, and a hot resource is back after one request.
            _documents.Clear();
            Interlocked.Exchange(ref _bytes, document.Body.Length);
        }
        if (_documents.TryGetValue((path, extension), out CachedDocument? old))
        {
            Interlocked.Add(ref _bytes, -old.Body.Length);
        }
        _documents[(path, extension)] = document;
    }
}

/// <summary>A rendered resource document.</summary>
/// <param name="Version">The dataset version it was rendered from.</param>
/// <param name="Body">The body, UTF-8.</param>
/// <param name="Link">The <c>Link</c> header naming the same description in the other formats.</param>
internal sealed record CachedDocument(long Version, byte[] Body, string Link);
