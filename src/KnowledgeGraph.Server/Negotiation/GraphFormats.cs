using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Server.Negotiation;

/// <summary>
/// The RDF formats the server writes, in its order of preference: Turtle first (readable, and what clients sending
/// <c>*/*</c> get), then JSON-LD when the registry has it, then the rest as the registry lists them.
/// </summary>
public static class GraphFormats
{
    private static readonly string[] Preferred = ["text/turtle", "application/ld+json"];

    /// <summary>The writable formats of <paramref name="registry"/>, most preferred first.</summary>
    public static List<RdfFormat> Writable(RdfFormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Formats.Where(static f => f.CanWrite)
            .OrderBy(static f => Array.IndexOf(Preferred, f.MediaType) is var i && i >= 0 ? i : Preferred.Length)
            .ToList();
    }
}
