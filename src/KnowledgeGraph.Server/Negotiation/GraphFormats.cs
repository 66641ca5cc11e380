using KnowledgeGraph.Rdf.Formats;
using Microsoft.AspNetCore.Http;

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

    /// <summary>
    /// The graph format a request asks for: a <c>format=</c>/<c>output=</c> parameter naming a format (by name,
    /// extension or media type) wins, else the <c>Accept</c> header over <see cref="Writable"/>; null means 406.
    /// </summary>
    public static RdfFormat? Negotiate(HttpRequest request, RdfFormatRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(registry);
        if (FormatParameter.Of(request) is { } name)
        {
            return (registry.FindByName(name) ?? registry.FindByMediaType(name)) is { CanWrite: true } named ? named : null;
        }
        string? chosen = ContentNegotiator.Choose(request.Headers.Accept.ToString(), Writable(registry).SelectMany(static f => f.MediaTypes).ToList());
        return chosen is null ? null : registry.FindByMediaType(chosen);
    }

    /// <summary>The writable media types, for a 406 message.</summary>
    public static string Available(RdfFormatRegistry registry) => string.Join(", ", Writable(registry).Select(static f => f.MediaType));
}
