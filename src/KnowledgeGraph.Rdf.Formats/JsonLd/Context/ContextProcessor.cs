using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>
/// §4.1.2 Context Processing Algorithm and §4.2.2 Create Term Definition: turns local contexts into an active
/// context, with scoped, protected and propagated contexts, <c>@import</c>, <c>@vocab</c> and <c>@base</c>.
/// </summary>
internal sealed partial class ContextProcessor
{
    private const int MaxRemoteContexts = 32;
    private static readonly HashSet<string> ContextKeysNotTerms = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    private readonly JsonLdSession _session;

    public ContextProcessor(JsonLdSession session) => _session = session;

    public ActiveContext Process(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        string path,
        List<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        remoteContexts ??= [];
        var result = active.Clone();
        if (localContext is JsonMap withPropagate && withPropagate.Get("@propagate") is bool p)
        {
            propagate = p;
        }
        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = active;
        }
        var contexts = Json.AsList(localContext);
        for (int index = 0; index < contexts.Count; index++)
        {
            object? context = contexts[index];
            string itemPath = localContext is List<object?> ? $"{path}[{index}]" : path;
            if (context is null)
            {
                if (!overrideProtected && result.Terms.Values.Any(t => t.Protected))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidContextNullification, itemPath, "a context with protected terms cannot be set to null");
                }
                var previous = result;
                result = new ActiveContext { BaseIri = active.OriginalBaseUrl, OriginalBaseUrl = active.OriginalBaseUrl };
                if (!propagate)
                {
                    result.PreviousContext = previous;
                }
                continue;
            }
            if (context is string reference)
            {
                result = ProcessRemote(result, reference, baseUrl, itemPath, remoteContexts, overrideProtected, validateScopedContext);
                continue;
            }
            if (context is not JsonMap map)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidLocalContext, itemPath, "a context must be a map, a string or null");
            }
            ProcessMap(result, map, baseUrl, itemPath, remoteContexts, overrideProtected);
        }
        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, string reference, string? baseUrl, string path, List<string> remoteContexts, bool overrideProtected, bool validateScopedContext)
    {
        string url = baseUrl is not null ? IriResolver.Resolve(baseUrl, reference) : reference;
        if (!Keywords.IsAbsoluteIri(url))
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, path, $"the context reference <{reference}> cannot be resolved without a base IRI");
        }
        if (!validateScopedContext && remoteContexts.Contains(url))
        {
            return result;
        }
        if (remoteContexts.Count >= MaxRemoteContexts)
        {
            throw new JsonLdException(JsonLdErrorCode.ContextOverflow, path, "too many nested remote contexts");
        }
        remoteContexts.Add(url);
        var (document, parsed) = _session.LoadContext(url);
        if (parsed is not JsonMap remote || !remote.TryGetValue("@context", out var remoteContext))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidRemoteContext, path, $"<{url}> is not a map with an @context entry");
        }
        return Process(result, remoteContext, document.DocumentUrl, path, remoteContexts, overrideProtected, true, validateScopedContext);
    }

    private void ProcessMap(ActiveContext result, JsonMap context, string? baseUrl, string path, List<string> remoteContexts, bool overrideProtected)
    {
        if (context.TryGetValue("@version", out var version))
        {
            if (version is not double and not long || Json.ToDouble(version) != 1.1)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidVersionValue, path + ".@version", "@version must be 1.1");
            }
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.ProcessingModeConflict, path + ".@version", "@version 1.1 in json-ld-1.0 mode");
            }
        }
        if (context.TryGetValue("@import", out var import))
        {
            context = Import(context, import, baseUrl, path);
        }
        if (context.TryGetValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            if (baseValue is null)
            {
                result.BaseIri = null;
            }
            else if (baseValue is string b && Keywords.IsAbsoluteIri(b))
            {
                result.BaseIri = b;
            }
            else if (baseValue is string relative && result.BaseIri is not null)
            {
                result.BaseIri = IriResolver.Resolve(result.BaseIri, relative);
            }
            else
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidBaseIri, path + ".@base", "@base must be an IRI or null");
            }
        }
        if (context.TryGetValue("@vocab", out var vocab))
        {
            if (vocab is null)
            {
                result.VocabularyMapping = null;
            }
            else if (vocab is string v)
            {
                string? expanded = ExpandIri(result, v, documentRelative: true, vocab: true, path: path + ".@vocab");
                if (expanded is null || (!Keywords.IsAbsoluteIri(expanded) && !Keywords.IsBlankNodeId(expanded)))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidVocabMapping, path + ".@vocab", "@vocab must be an IRI or blank node identifier");
                }
                result.VocabularyMapping = expanded;
            }
            else
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidVocabMapping, path + ".@vocab", "@vocab must be a string or null");
            }
        }
        if (context.TryGetValue("@language", out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string l => l.ToLowerInvariant(),
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidDefaultLanguage, path + ".@language", "@language must be a string or null"),
            };
        }
        if (context.TryGetValue("@direction", out var direction))
        {
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, path + ".@direction", "@direction needs json-ld-1.1");
            }
            result.DefaultBaseDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, path + ".@direction", "@direction must be \"ltr\", \"rtl\" or null"),
            };
        }
        if (context.TryGetValue("@propagate", out var propagate))
        {
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, path + ".@propagate", "@propagate needs json-ld-1.1");
            }
            if (propagate is not bool)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidPropagateValue, path + ".@propagate", "@propagate must be true or false");
            }
        }
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool isProtected = context.Get("@protected") is true;
        if (context.TryGetValue("@protected", out var protectedValue) && protectedValue is not bool)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidProtectedValue, path + ".@protected", "@protected must be true or false");
        }
        foreach (var key in context.Keys)
        {
            if (!ContextKeysNotTerms.Contains(key))
            {
                CreateTermDefinition(result, context, key, defined, baseUrl, path, isProtected, overrideProtected, remoteContexts);
            }
        }
    }

    private JsonMap Import(JsonMap context, object? import, string? baseUrl, string path)
    {
        if (_session.Is10)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, path + ".@import", "@import needs json-ld-1.1");
        }
        if (import is not string reference)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidImportValue, path + ".@import", "@import must be a string");
        }
        string url = baseUrl is not null ? IriResolver.Resolve(baseUrl, reference) : reference;
        var (_, parsed) = _session.LoadContext(url);
        if (parsed is not JsonMap document || document.Get("@context") is not JsonMap imported)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidRemoteContext, path + ".@import", $"<{url}> has no @context map");
        }
        if (imported.ContainsKey("@import"))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, path + ".@import", "an imported context cannot itself import");
        }
        var merged = new JsonMap();
        foreach (var (key, value) in imported)
        {
            merged[key] = value;
        }
        foreach (var (key, value) in context)
        {
            if (key != "@import")
            {
                merged[key] = value;
            }
        }
        return merged;
    }
}
