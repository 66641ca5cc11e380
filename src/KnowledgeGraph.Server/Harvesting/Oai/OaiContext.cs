namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>What metadata writers need besides the record: where pages are served and the data's licence.</summary>
/// <param name="PublicRoot">The server's public root URL (no trailing slash).</param>
/// <param name="Mapper">Maps resource IRIs to paths on this server.</param>
/// <param name="Options">The server options (title, licence).</param>
internal sealed record OaiContext(string PublicRoot, Resources.IriMapper Mapper, ServerOptions Options)
{
    /// <summary>The HTML page of a resource, or the IRI itself when it is not served here.</summary>
    public string PageOf(string iri) => Mapper.PathOf(iri) is { } path ? PublicRoot + path + ".html" : iri;
}
