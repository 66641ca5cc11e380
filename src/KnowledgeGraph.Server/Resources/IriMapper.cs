namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// The explicit mapping between request paths and resource IRIs: path <c>/p</c> ↔ IRI <c>{base}p</c>. Only IRIs under
/// the base are served; all others are only linked to.
/// </summary>
public sealed class IriMapper
{
    /// <summary>Creates a mapper for a base IRI (a trailing <c>/</c> is added when missing).</summary>
    public IriMapper(string baseIri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseIri);
        BaseIri = baseIri.EndsWith('/') || baseIri.EndsWith('#') ? baseIri : baseIri + "/";
    }

    /// <summary>The base IRI.</summary>
    public string BaseIri { get; }

    /// <summary>The IRI a request path names (the path as received, still percent-encoded, without the leading '/').</summary>
    public string IriOf(string path) => BaseIri + path.TrimStart('/');

    /// <summary>The request path that serves <paramref name="iri"/>, or null when it is not under the base.</summary>
    public string? PathOf(string iri) =>
        iri.StartsWith(BaseIri, StringComparison.Ordinal) ? "/" + iri[BaseIri.Length..] : null;
}
