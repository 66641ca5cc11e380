using System.Text.Json.Nodes;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// The service manifest (Reconciliation Service API 0.2): what the service reconciles against (our base IRI and
/// ontology), the default types, where entities are viewed and previewed, the suggest services and the batch size.
/// </summary>
internal static class ServiceManifest
{
    /// <summary>The preview iframe size the manifest asks clients for, in pixels.</summary>
    public const int PreviewWidth = 400;

    /// <summary>The preview iframe height.</summary>
    public const int PreviewHeight = 160;

    /// <summary>The manifest for a service published at <paramref name="serviceUrl"/> (e.g. <c>http://host/reconcile</c>).</summary>
    public static JsonObject Build(string serviceUrl, ServerOptions options, EntityIndex index)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(index);
        return new JsonObject
        {
            ["versions"] = new JsonArray("0.1", "0.2"),
            ["name"] = options.Title,
            ["identifierSpace"] = options.BaseIri,
            ["schemaSpace"] = ReconciliationVocabulary.Kgo,
            ["defaultTypes"] = new JsonArray([.. ReconciliationVocabulary.EntityClasses.Select(c => (JsonNode)CandidateJson.Type(c, index))]),
            ["view"] = new JsonObject { ["url"] = serviceUrl + "/view?id={{id}}" },
            ["preview"] = new JsonObject { ["url"] = serviceUrl + "/preview?id={{id}}", ["width"] = PreviewWidth, ["height"] = PreviewHeight },
            ["suggest"] = new JsonObject
            {
                ["entity"] = Suggest(serviceUrl, "/suggest/entity"),
                ["type"] = Suggest(serviceUrl, "/suggest/type"),
                ["property"] = Suggest(serviceUrl, "/suggest/property"),
            },
            ["batchSize"] = ReconciliationLimits.BatchSize,
        };
    }

    private static JsonObject Suggest(string serviceUrl, string path) => new() { ["service_url"] = serviceUrl, ["service_path"] = path };
}
