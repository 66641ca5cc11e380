using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Server.GraphStore;

/// <summary>
/// Reads the RDF a Graph Store Protocol PUT or POST carries: one document in any format the registry reads, by its
/// Content-Type, or (POST) a multipart/form-data body whose file parts are each such a document. The whole payload is
/// parsed before anything is written, so a syntax error changes nothing. Blank nodes are given fresh labels: a
/// document's blank nodes are its own and must not merge with ones already in the store.
/// </summary>
internal static class GraphPayload
{
    /// <summary>The triples of the payload, or an error status (400, 415) with a message.</summary>
    public static async Task<(List<Triple>? Triples, int Status, string? Error)> ReadAsync(HttpRequest request, RdfFormatRegistry formats, string baseIri)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            return (null, 415, "The request needs a Content-Type naming an RDF format, e.g. text/turtle.");
        }
        var triples = new List<Triple>();
        if (mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            IFormCollection form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (form.Files.Count == 0)
            {
                return (null, 400, "The multipart/form-data body has no file part holding RDF.");
            }
            foreach (IFormFile file in form.Files)
            {
                await using Stream part = file.OpenReadStream();
                if (await ParseAsync(part, file.ContentType, formats, baseIri, triples, $"part '{file.FileName}'").ConfigureAwait(false) is { } problem)
                {
                    return (null, problem.Status, problem.Error);
                }
            }
            return (triples, 200, null);
        }
        return await ParseAsync(request.Body, request.ContentType, formats, baseIri, triples, "body").ConfigureAwait(false) is { } error
            ? (null, error.Status, error.Error)
            : (triples, 200, null);
    }

    private static RdfFormat? FormatOf(string? contentType, RdfFormatRegistry formats) =>
        MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed) && parsed.MediaType.Value is { } type
            ? formats.FindByMediaType(type) is { CanRead: true } format ? format : null
            : null;

    private static async Task<(int Status, string Error)?> ParseAsync(Stream body, string? contentType, RdfFormatRegistry formats, string baseIri, List<Triple> into, string what)
    {
        if (FormatOf(contentType, formats) is not { } format)
        {
            return (415, $"The {what} is {contentType ?? "untyped"}, which is no RDF format this server reads ({string.Join(", ", formats.Formats.Where(static f => f.CanRead).Select(static f => f.MediaType))}).");
        }
        // Parsers read synchronously, which ASP.NET Core forbids on the request stream, so the body is buffered first.
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer).ConfigureAwait(false);
        buffer.Position = 0;
        var fresh = new Dictionary<BlankNode, BlankNode>();
        try
        {
            foreach (Quad quad in format.CreateReader().Read(buffer, RdfReaderOptions.Default with { BaseIri = baseIri }))
            {
                if (quad.Graph is not null)
                {
                    return (400, $"The {what} puts statements in named graphs; a graph store request carries the content of one graph.");
                }
                into.Add(new Triple(Relabel(quad.Subject, fresh), quad.Predicate, Relabel(quad.Object, fresh)));
            }
        }
        catch (RdfSyntaxException error)
        {
            return (400, $"The {what} is not valid {format.Name}: {error.Message}");
        }
        return null;
    }

    private static Term Relabel(Term term, Dictionary<BlankNode, BlankNode> fresh) => term switch
    {
        BlankNode blank => fresh.TryGetValue(blank, out BlankNode? renamed) ? renamed : fresh[blank] = BlankNode.CreateUnique(),
        TripleTerm nested => new TripleTerm(new Triple(Relabel(nested.Triple.Subject, fresh), nested.Triple.Predicate, Relabel(nested.Triple.Object, fresh))),
        _ => term,
    };
}
