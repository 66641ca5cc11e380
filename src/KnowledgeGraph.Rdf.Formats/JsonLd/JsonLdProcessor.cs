using KnowledgeGraph.Rdf.Formats.JsonLd.Compaction;
using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Expansion;
using KnowledgeGraph.Rdf.Formats.JsonLd.Flattening;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Formats.JsonLd.Loading;
using KnowledgeGraph.Rdf.Formats.JsonLd.Rdf;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The JSON-LD 1.1 API (§9.1 JsonLdProcessor): expand, compact, flatten, toRdf and fromRdf. Inputs and outputs are
/// JSON text; every call is independent (its loaded contexts and blank node labels are not shared).
/// </summary>
public static class JsonLdProcessor
{
    /// <summary>§9.1 expand(): the expanded form of a JSON-LD document.</summary>
    /// <exception cref="JsonLdException">The input is not valid JSON or not valid JSON-LD.</exception>
    public static string Expand(string json, JsonLdOptions? options = null) =>
        Json.Write(ExpandToModel(Document(json, options), options ?? JsonLdOptions.Default, new JsonLdSession(options ?? JsonLdOptions.Default)));

    /// <summary>§9.1 expand() of a loaded document, honouring its URL, content type and context Link header.</summary>
    public static string Expand(RemoteDocument document, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        return Json.Write(ExpandToModel(document, options, new JsonLdSession(options)));
    }

    /// <summary>§9.1 compact(): the document compacted with <paramref name="context"/> (JSON text of a context or of a document with <c>@context</c>).</summary>
    public static string Compact(string json, string context, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        var session = new JsonLdSession(options);
        var expanded = ExpandToModel(Document(json, options), options, session);
        return Json.Write(CompactModel(expanded, Json.Parse(context), options, session));
    }

    /// <summary>§9.1 flatten(): the flattened document, compacted with <paramref name="context"/> when one is given.</summary>
    public static string Flatten(string json, string? context = null, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        var session = new JsonLdSession(options);
        var expanded = ExpandToModel(Document(json, options), options, session);
        var flattened = Flattener.Flatten(expanded, session);
        return Json.Write(context is null ? flattened : CompactModel(flattened, Json.Parse(context), options, session, flattening: true));
    }

    /// <summary>§9.1 toRdf(): the dataset the document describes.</summary>
    public static IReadOnlyList<Quad> ToRdf(string json, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        return ToRdf(Document(json, options), options);
    }

    /// <summary>§9.1 toRdf() of a loaded document.</summary>
    public static IReadOnlyList<Quad> ToRdf(RemoteDocument document, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        var session = new JsonLdSession(options);
        var expanded = ExpandToModel(document, options, session);
        var nodeMap = new NodeMapGenerator(session);
        nodeMap.Generate(expanded);
        return new RdfSerializer(session).ToQuads(nodeMap.NodeMap);
    }

    /// <summary>§9.1 fromRdf(): the expanded JSON-LD form of a dataset.</summary>
    public static string FromRdf(IEnumerable<Quad> quads, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        return Json.Write(new RdfDeserializer(new JsonLdSession(options)).FromQuads(quads));
    }

    /// <summary>fromRdf() followed by compaction with <paramref name="context"/>; the writer uses this.</summary>
    public static string FromRdf(IEnumerable<Quad> quads, string context, JsonLdOptions? options = null)
    {
        options ??= JsonLdOptions.Default;
        var session = new JsonLdSession(options);
        var expanded = new RdfDeserializer(session).FromQuads(quads);
        return Json.Write(CompactModel(expanded, Json.Parse(context), options, session));
    }

    private static RemoteDocument Document(string json, JsonLdOptions? options) =>
        new(options?.Base ?? "", "application/ld+json", null, null, json);

    internal static List<object?> ExpandToModel(RemoteDocument document, JsonLdOptions options, JsonLdSession session)
    {
        object? input = Json.Parse(document.Document);
        string? documentBase = options.Base ?? (document.DocumentUrl.Length > 0 ? document.DocumentUrl : null);
        var active = new ActiveContext { BaseIri = documentBase, OriginalBaseUrl = documentBase };
        var expander = new Expander(session);
        if (options.ExpandContext is not null || options.ExpandContextUrl is not null)
        {
            object? expandContext;
            string? contextBase = active.BaseIri;
            if (options.ExpandContext is not null)
            {
                expandContext = Json.Parse(options.ExpandContext);
            }
            else
            {
                var (loaded, parsed) = session.LoadContext(options.ExpandContextUrl!);
                expandContext = parsed;
                contextBase = loaded.DocumentUrl;
            }
            if (expandContext is JsonMap withContext && withContext.TryGetValue("@context", out var inner))
            {
                expandContext = inner;
            }
            active = expander.Contexts.Process(active, expandContext, contextBase, "$");
        }
        if (document.ContextUrl is not null)
        {
            active = expander.Contexts.Process(active, document.ContextUrl, document.DocumentUrl, "$");
        }
        return expander.ExpandDocument(input, active, documentBase);
    }

    internal static object? CompactModel(List<object?> expanded, object? context, JsonLdOptions options, JsonLdSession session, bool flattening = false)
    {
        if (context is JsonMap map && map.TryGetValue("@context", out var inner))
        {
            context = inner;
        }
        string? baseIri = options.Base;
        var active = new ActiveContext { BaseIri = baseIri, OriginalBaseUrl = baseIri };
        active = new ContextProcessor(session).Process(active, context, baseIri, "$.@context");
        return new Compactor(session).CompactDocument(active, expanded, context, flattening);
    }
}
