using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// The Reconciliation Service API (W3C Entity Reconciliation Community Group, 0.2) over the published graph, so
/// OpenRefine and aggregators can match their names to our entities: <c>/reconcile</c> answers the manifest (GET
/// without queries) and query batches (GET or form POST field <c>queries</c>, or a 1.0-draft JSON body); beside it the
/// entity, type and property suggest services, the preview card and the view redirect. GET answers may be JSONP.
/// </summary>
internal sealed class ReconciliationEndpoints(DatasetHost dataset, ServerOptions options)
{
    private const string Json = "application/json; charset=utf-8";
    private const int DefaultSuggestions = 10;
    private const int MaxCursor = 10_000;

    private readonly EntityIndexCache _indexes = new(dataset, options.Labels);
    private readonly IriMapper _mapper = new(options.BaseIri);

    /// <summary><c>/reconcile</c>: the manifest, or the answers to a batch of queries.</summary>
    public async Task ServiceAsync(HttpContext http)
    {
        if (!TryCallback(http, out string? callback))
        {
            await BadCallbackAsync(http).ConfigureAwait(false);
            return;
        }
        try
        {
            JsonNode? answer = HttpMethods.IsGet(http.Request.Method) ? FromQueryString(http) : await FromBodyAsync(http).ConfigureAwait(false);
            if (answer is not null)
            {
                await WriteAsync(http, answer, callback).ConfigureAwait(false);
            }
        }
        catch (QueryBatchException error)
        {
            var where = new Dictionary<string, object?> { ["jsonPath"] = error.JsonPath };
            if (error.Line is { } line)
            {
                where["line"] = line;
                where["column"] = error.Column;
            }
            await Problems.WriteAsync(http, 400, "Malformed reconciliation query", error.Message, where).ConfigureAwait(false);
        }
    }

    /// <summary><c>/reconcile/suggest/entity?prefix=…</c>: entities whose names complete the prefix.</summary>
    public Task SuggestEntityAsync(HttpContext http) => SuggestAsync(http, (index, prefix, cursor, limit) =>
    {
        string? type = http.Request.Query["type"].FirstOrDefault();
        return Suggester.Entities(index, prefix, string.IsNullOrEmpty(type) ? null : type, cursor, limit)
            .Select(e => (JsonNode)CandidateJson.Entity(e, index, "notable"));
    });

    /// <summary><c>/reconcile/suggest/type?prefix=…</c>: the entity classes whose names complete the prefix.</summary>
    public Task SuggestTypeAsync(HttpContext http) => SuggestAsync(http, static (index, prefix, cursor, limit) =>
        Suggester.Types(index, prefix, cursor + limit).Skip(cursor).Select(t => (JsonNode)CandidateJson.Type(t, index)));

    /// <summary><c>/reconcile/suggest/property?prefix=…</c>: the properties a query can give conditions on.</summary>
    public Task SuggestPropertyAsync(HttpContext http) => SuggestAsync(http, static (index, prefix, cursor, limit) =>
        Suggester.Properties(index, prefix, cursor + limit).Skip(cursor)
            .Select(p => (JsonNode)new JsonObject { ["id"] = p.Value, ["name"] = Suggester.PropertyName(p) }));

    /// <summary><c>/reconcile/preview?id=IRI</c>: the entity's HTML card.</summary>
    public async Task PreviewAsync(HttpContext http)
    {
        if (await FindAsync(http).ConfigureAwait(false) is not { } found)
        {
            return;
        }
        string? path = _mapper.PathOf(found.Entity.Id.Value);
        string? page = path is null ? null : $"{Root(http)}{path}.html";
        http.Response.ContentType = "text/html; charset=utf-8";
        // The card is shown inside the client's page: nothing in it may run or load.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        await http.Response.WriteAsync(PreviewCard.Render(found.Entity, found.Index, page), http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary><c>/reconcile/view?id=IRI</c>: redirects to the entity's page (the manifest's view template).</summary>
    public async Task ViewAsync(HttpContext http)
    {
        if (await FindAsync(http).ConfigureAwait(false) is not { } found)
        {
            return;
        }
        if (_mapper.PathOf(found.Entity.Id.Value) is not { } path)
        {
            await Problems.WriteAsync(http, 404, "Not served here", $"{found.Entity.Id.Value} is not under this server's base IRI {_mapper.BaseIri}.").ConfigureAwait(false);
            return;
        }
        http.Response.StatusCode = 303;
        http.Response.Headers.Location = $"{http.Request.PathBase}{path}.html";
    }

    private JsonNode? FromQueryString(HttpContext http)
    {
        IQueryCollection query = http.Request.Query;
        EntityIndex index = _indexes.Get();
        if (query["queries"].FirstOrDefault() is { } batch)
        {
            return AnswerKeyed(index, QueryBatchReader.ReadKeyed(batch));
        }
        if (query["query"].FirstOrDefault() is { } single)
        {
            return Answer(index, QueryBatchReader.ReadSingle(single));
        }
        return ServiceManifest.Build(Root(http) + "/reconcile", options, index);
    }

    private async Task<JsonNode?> FromBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > ReconciliationLimits.MaxBodyBytes)
        {
            await TooLargeAsync(http).ConfigureAwait(false);
            return null;
        }
        EntityIndex index = _indexes.Get();
        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = ReconciliationLimits.MaxBodyBytes, ValueCountLimit = 64 }, http.RequestAborted).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                await TooLargeAsync(http).ConfigureAwait(false);
                return null;
            }
            if (form["queries"].FirstOrDefault() is { } batch)
            {
                return AnswerKeyed(index, QueryBatchReader.ReadKeyed(batch));
            }
            if (form["query"].FirstOrDefault() is { } single)
            {
                return Answer(index, QueryBatchReader.ReadSingle(single));
            }
            await Problems.WriteAsync(http, 400, "No queries", "The form has no field 'queries' (a JSON object of queries keyed by id, such as {\"q0\": {\"query\": \"Trotsky\"}}).").ConfigureAwait(false);
            return null;
        }
        if (http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await ReadBodyAsync(http).ConfigureAwait(false) is not { } body)
            {
                await TooLargeAsync(http).ConfigureAwait(false);
                return null;
            }
            var results = QueryBatchReader.ReadDraft(body).Select(q => (JsonNode)new JsonObject { ["candidates"] = Candidates(index, q) });
            return new JsonObject { ["results"] = new JsonArray([.. results]) };
        }
        await Problems.WriteAsync(http, 415, "Unsupported body", "Send queries as the form field 'queries' (application/x-www-form-urlencoded or multipart/form-data) or as a JSON body {\"queries\": […]}.").ConfigureAwait(false);
        return null;
    }

    private static JsonObject AnswerKeyed(EntityIndex index, IReadOnlyList<(string Key, ReconciliationQuery Query)> batch)
    {
        var answer = new JsonObject();
        foreach (var (key, query) in batch)
        {
            answer[key] = Answer(index, query);
        }
        return answer;
    }

    private static JsonObject Answer(EntityIndex index, ReconciliationQuery query) => new() { ["result"] = Candidates(index, query) };

    private static JsonArray Candidates(EntityIndex index, ReconciliationQuery query) =>
        new([.. Reconciler.Run(index, query).Select(c => (JsonNode)CandidateJson.Candidate(c, index))]);

    private async Task SuggestAsync(HttpContext http, Func<EntityIndex, string, int, int, IEnumerable<JsonNode>> suggest)
    {
        if (!TryCallback(http, out string? callback))
        {
            await BadCallbackAsync(http).ConfigureAwait(false);
            return;
        }
        IQueryCollection query = http.Request.Query;
        if (query["prefix"].FirstOrDefault() is not { } prefix)
        {
            await Problems.WriteAsync(http, 400, "No prefix", "Suggest needs the parameter 'prefix' (what the user has typed so far).", new() { ["parameter"] = "prefix" }).ConfigureAwait(false);
            return;
        }
        if (prefix.Length > ReconciliationLimits.MaxQueryLength)
        {
            await Problems.WriteAsync(http, 400, "Prefix too long", $"The prefix has {prefix.Length} characters; at most {ReconciliationLimits.MaxQueryLength} are read.", new() { ["parameter"] = "prefix" }).ConfigureAwait(false);
            return;
        }
        if (!TryCount(query, "cursor", 0, 0, MaxCursor, out int cursor))
        {
            await BadCountAsync(http, "cursor", 0, MaxCursor).ConfigureAwait(false);
            return;
        }
        if (!TryCount(query, "limit", DefaultSuggestions, 1, ReconciliationLimits.MaxLimit, out int limit))
        {
            await BadCountAsync(http, "limit", 1, ReconciliationLimits.MaxLimit).ConfigureAwait(false);
            return;
        }
        var result = suggest(_indexes.Get(), prefix, cursor, limit).ToList();
        await WriteAsync(http, new JsonObject { ["result"] = new JsonArray([.. result]) }, callback).ConfigureAwait(false);
    }

    private async Task<(IndexedEntity Entity, EntityIndex Index)?> FindAsync(HttpContext http)
    {
        string? id = http.Request.Query["id"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(id))
        {
            await Problems.WriteAsync(http, 400, "No id", "Give the entity IRI as the parameter 'id'.", new() { ["parameter"] = "id" }).ConfigureAwait(false);
            return null;
        }
        EntityIndex index = _indexes.Get();
        if (index.Find(id) is not { } entity)
        {
            await Problems.WriteAsync(http, 404, "Unknown entity", $"No person, organization, place, event or work has the IRI {id}.", new() { ["parameter"] = "id" }).ConfigureAwait(false);
            return null;
        }
        return (entity, index);
    }

    private static bool TryCount(IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        string? text = query[name].FirstOrDefault();
        return text is null || (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    // JSONP only for GET: a POST is never loaded by a script tag.
    private static bool TryCallback(HttpContext http, out string? callback)
    {
        callback = HttpMethods.IsGet(http.Request.Method) ? http.Request.Query["callback"].FirstOrDefault() : null;
        return callback is null || JsonpCallback.IsValid(callback);
    }

    private static Task BadCallbackAsync(HttpContext http) => Problems.WriteAsync(http, 400, "Bad callback",
        $"The JSONP 'callback' must be a JavaScript name or dotted path of ASCII letters, digits, '_' and '$' (at most {JsonpCallback.MaxLength} characters).",
        new() { ["parameter"] = "callback" });

    private static Task BadCountAsync(HttpContext http, string name, int min, int max) => Problems.WriteAsync(http, 400, "Bad parameter",
        $"'{name}' must be a whole number from {min} to {max}.", new() { ["parameter"] = name });

    private static Task TooLargeAsync(HttpContext http) => Problems.WriteAsync(http, 413, "Request too large",
        $"At most {ReconciliationLimits.MaxBodyBytes} bytes of queries are read; send smaller batches (at most {ReconciliationLimits.BatchSize} queries).");

    private static async Task WriteAsync(HttpContext http, JsonNode body, string? callback)
    {
        string json = body.ToJsonString();
        http.Response.ContentType = callback is null ? Json : "text/javascript; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(callback is null ? json : JsonpCallback.Wrap(callback, json), http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<string?> ReadBodyAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > ReconciliationLimits.MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
