using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Negotiation;

/// <summary>
/// The <c>format=</c> / <c>output=</c> query parameters that SPARQLWrapper, YASGUI and LodView users send instead of
/// (or against) an <c>Accept</c> header. A parameter naming a format overrides the header.
/// </summary>
public static class FormatParameter
{
    /// <summary>The value of <c>format</c> or <c>output</c>, or null.</summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? value = request.Query["format"].FirstOrDefault() ?? request.Query["output"].FirstOrDefault();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
