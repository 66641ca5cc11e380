using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// Writes RDF as JSON-LD: quads are serialized to expanded JSON-LD (§8.4) and, when a context is given, compacted
/// with it (§6.1) so the output uses the context's terms. Without a context the writer builds one from the writer
/// options' prefixes (so IRIs read as compact IRIs); with neither it writes the node-per-subject expanded form.
/// </summary>
public sealed class JsonLdWriter : IRdfWriter
{
    private readonly string? _context;
    private readonly JsonLdOptions _options;

    /// <summary>Creates a writer.</summary>
    /// <param name="context">JSON text of a context, or of a document with an <c>@context</c> entry; null for none.</param>
    /// <param name="options">JSON-LD options (the loader matters when the context refers to remote contexts).</param>
    public JsonLdWriter(string? context = null, JsonLdOptions? options = null)
    {
        _context = context;
        _options = options ?? JsonLdOptions.Default;
    }

    /// <inheritdoc/>
    public void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options)
    {
        var jsonLdOptions = _options with { Ordered = _options.Ordered || options.Canonical, Base = options.BaseIri ?? _options.Base };
        string? context = _context ?? ContextFromPrefixes(options.Prefixes);
        string json = context is null
            ? JsonLdProcessor.FromRdf(quads, jsonLdOptions)
            : JsonLdProcessor.FromRdf(quads, context, jsonLdOptions);
        output.Write(json);
        output.Write('\n');
        output.Flush();
    }

    private static string? ContextFromPrefixes(IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        if (prefixes.Count == 0)
        {
            return null;
        }
        var context = new JsonMap();
        foreach (var (prefix, iri) in prefixes)
        {
            if (prefix.Length > 0)
            {
                context[prefix] = iri;
            }
            else
            {
                context["@vocab"] = iri;
            }
        }
        return Json.Write(new JsonMap("@context", context), indented: false);
    }
}
