using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>§4.2.2 Create Term Definition.</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private static readonly HashSet<string> ContainerKeywords = new(StringComparer.Ordinal)
    {
        "@graph", "@id", "@index", "@language", "@list", "@set", "@type",
    };

    public void CreateTermDefinition(
        ActiveContext active,
        JsonMap local,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl,
        string path,
        bool isProtected = false,
        bool overrideProtected = false,
        List<string>? remoteContexts = null)
    {
        string termPath = path + "." + term;
        var scope = new TermScope(baseUrl, isProtected, overrideProtected, remoteContexts);
        if (defined.TryGetValue(term, out bool done))
        {
            if (done)
            {
                return;
            }
            throw new JsonLdException(JsonLdErrorCode.CyclicIriMapping, termPath, $"the definition of '{term}' depends on itself");
        }
        if (term.Length == 0)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath, "a term cannot be the empty string");
        }
        defined[term] = false;
        object? value = local.Get(term);
        if (term == "@type" && !_session.Is10 && value is JsonMap typeMap
            && typeMap.Count > 0
            && typeMap.Keys.All(k => k is "@container" or "@protected")
            && (!typeMap.ContainsKey("@container") || typeMap.Get("@container") is "@set"))
        {
            // @type may only be given @container: @set and @protected.
        }
        else if (Keywords.IsKeyword(term))
        {
            throw new JsonLdException(JsonLdErrorCode.KeywordRedefinition, termPath, $"the keyword {term} cannot be redefined");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            defined[term] = true;
            return;
        }
        active.Terms.Remove(term, out var previous);
        bool simpleTerm = false;
        JsonMap map;
        if (value is null)
        {
            map = new JsonMap("@id", null);
        }
        else if (value is string s)
        {
            map = new JsonMap("@id", s);
            simpleTerm = true;
        }
        else if (value is JsonMap m)
        {
            map = m;
        }
        else
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath, "a term definition must be a string, a map or null");
        }
        var definition = new TermDefinition();
        if (map.TryGetValue("@protected", out var protectedValue))
        {
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@protected", "@protected needs json-ld-1.1");
            }
            if (protectedValue is not bool pv)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidProtectedValue, termPath + ".@protected", "@protected must be true or false");
            }
            definition.Protected = pv;
        }
        else
        {
            definition.Protected = isProtected;
        }
        if (map.TryGetValue("@type", out var typeValue))
        {
            if (typeValue is not string type)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, termPath + ".@type", "@type must be a string");
            }
            string? expandedType = ExpandIri(active, type, vocab: true, local: local, defined: defined, path: termPath + ".@type", scope: scope);
            bool ok = expandedType is "@id" or "@vocab"
                || (!_session.Is10 && expandedType is "@json" or "@none")
                || (expandedType is not null && Keywords.IsAbsoluteIri(expandedType) && !Keywords.IsBlankNodeId(expandedType));
            if (!ok)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, termPath + ".@type", $"'{type}' is not a valid type mapping");
            }
            definition.TypeMapping = expandedType;
        }
        if (map.TryGetValue("@reverse", out var reverseValue))
        {
            if (map.ContainsKey("@id") || map.ContainsKey("@nest"))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidReverseProperty, termPath + ".@reverse", "@reverse cannot be used with @id or @nest");
            }
            if (reverseValue is not string reverse)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath + ".@reverse", "@reverse must be a string");
            }
            if (Keywords.HasKeywordForm(reverse))
            {
                defined[term] = true;
                return;
            }
            string? reverseIri = ExpandIri(active, reverse, vocab: true, local: local, defined: defined, path: termPath + ".@reverse", scope: scope);
            if (reverseIri is null || !reverseIri.Contains(':', StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath + ".@reverse", $"'{reverse}' does not expand to an IRI");
            }
            definition.IriMapping = reverseIri;
            if (map.TryGetValue("@container", out var reverseContainer))
            {
                if (reverseContainer is not (null or "@set" or "@index"))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidReverseProperty, termPath + ".@container", "a reverse property's container must be @set, @index or null");
                }
                if (reverseContainer is string rc)
                {
                    definition.ContainerMapping = [rc];
                }
            }
            if (map.Get("@index") is string reverseIndex && definition.HasContainer("@index"))
            {
                definition.IndexMapping = reverseIndex;
            }
            definition.ReverseProperty = true;
            FinishTerm(active, term, definition, previous, defined, overrideProtected, termPath);
            return;
        }
        if (map.TryGetValue("@id", out var idValue) && !Equals(idValue, term))
        {
            if (idValue is null)
            {
                definition.IriMapping = null;
            }
            else
            {
                if (idValue is not string id)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath + ".@id", "@id must be a string or null");
                }
                if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
                {
                    defined[term] = true;
                    return;
                }
                string? iri = ExpandIri(active, id, vocab: true, local: local, defined: defined, path: termPath + ".@id", scope: scope);
                if (iri is null || (!Keywords.IsKeyword(iri) && !iri.Contains(':', StringComparison.Ordinal)))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath + ".@id", $"'{id}' does not expand to an IRI, blank node or keyword");
                }
                if (iri == "@context")
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidKeywordAlias, termPath + ".@id", "@context cannot be aliased");
                }
                definition.IriMapping = iri;
                if ((term.IndexOfColonAfterFirst() > 0 && term.IndexOfColonAfterFirst() < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    defined[term] = true;
                    string? termIri = ExpandIri(active, term, vocab: true, local: local, defined: defined, path: termPath, scope: scope);
                    if (termIri != iri)
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath + ".@id", $"the term '{term}' looks like an IRI but maps to a different one");
                    }
                }
                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@' || Keywords.IsBlankNodeId(iri)))
                {
                    definition.Prefix = true;
                }
            }
        }
        else if (term.IndexOfColonAfterFirst() > 0)
        {
            int colon = term.IndexOfColonAfterFirst();
            string prefix = term[..colon];
            string suffix = term[(colon + 1)..];
            if (local.ContainsKey(prefix))
            {
                CreateTermDefinition(active, local, prefix, defined, baseUrl, path, isProtected, overrideProtected, remoteContexts);
            }
            definition.IriMapping = active.Terms.TryGetValue(prefix, out var prefixDefinition) && prefixDefinition.IriMapping is not null
                ? prefixDefinition.IriMapping + suffix
                : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            string? iri = ExpandIri(active, term, vocab: true, path: termPath);
            if (iri is null || !Keywords.IsAbsoluteIri(iri))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath, $"the term '{term}' is not an IRI");
            }
            definition.IriMapping = iri;
        }
        else if (term == "@type")
        {
            definition.IriMapping = "@type";
        }
        else if (active.VocabularyMapping is not null)
        {
            definition.IriMapping = active.VocabularyMapping + term;
        }
        else
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, termPath, $"'{term}' has no IRI mapping and there is no @vocab");
        }
        if (map.TryGetValue("@container", out var containerValue))
        {
            definition.ContainerMapping = ValidateContainer(containerValue, termPath + ".@container");
            if (definition.HasContainer("@type"))
            {
                definition.TypeMapping ??= "@id";
                if (definition.TypeMapping is not ("@id" or "@vocab"))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, termPath + ".@type", "a type map's @type must be @id or @vocab");
                }
            }
        }
        if (map.TryGetValue("@index", out var indexValue))
        {
            if (_session.Is10 || !definition.HasContainer("@index"))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@index", "@index needs an @index container");
            }
            if (indexValue is not string index || Keywords.IsKeyword(index)
                || ExpandIri(active, index, vocab: true, path: termPath + ".@index") is not string indexIri || !indexIri.Contains(':', StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@index", "@index must expand to an IRI");
            }
            definition.IndexMapping = index;
        }
        if (map.TryGetValue("@context", out var scoped))
        {
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@context", "scoped contexts need json-ld-1.1");
            }
            try
            {
                Process(active, scoped, baseUrl, termPath + ".@context", [.. remoteContexts ?? []], overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException e)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidScopedContext, termPath + ".@context", e.Message);
            }
            definition.HasLocalContext = true;
            definition.LocalContext = scoped;
            definition.BaseUrl = baseUrl;
        }
        if (map.TryGetValue("@language", out var languageValue) && !map.ContainsKey("@type"))
        {
            if (languageValue is not (null or string))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidLanguageMapping, termPath + ".@language", "@language must be a string or null");
            }
            definition.HasLanguage = true;
            definition.LanguageMapping = (languageValue as string)?.ToLowerInvariant();
        }
        if (map.TryGetValue("@direction", out var directionValue) && !map.ContainsKey("@type"))
        {
            if (directionValue is not (null or "ltr" or "rtl"))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, termPath + ".@direction", "@direction must be \"ltr\", \"rtl\" or null");
            }
            definition.HasDirection = true;
            definition.DirectionMapping = directionValue as string;
        }
        if (map.TryGetValue("@nest", out var nestValue))
        {
            if (_session.Is10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@nest", "@nest needs json-ld-1.1");
            }
            if (nestValue is not string nest || (Keywords.IsKeyword(nest) && nest != "@nest"))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidNestValue, termPath + ".@nest", "@nest must be a term or @nest");
            }
            definition.NestValue = nest;
        }
        if (map.TryGetValue("@prefix", out var prefixValue))
        {
            if (_session.Is10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@prefix", "@prefix is not allowed here");
            }
            if (prefixValue is not bool prefixFlag)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidPrefixValue, termPath + ".@prefix", "@prefix must be true or false");
            }
            definition.Prefix = prefixFlag;
            if (prefixFlag && Keywords.IsKeyword(definition.IriMapping))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + ".@prefix", "a keyword alias cannot be a prefix");
            }
        }
        foreach (var key in map.Keys)
        {
            if (!TermDefinitionKeys.Contains(key))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, termPath + "." + key, $"'{key}' is not allowed in a term definition");
            }
        }
        FinishTerm(active, term, definition, previous, defined, overrideProtected, termPath);
    }

    private static void FinishTerm(ActiveContext active, string term, TermDefinition definition, TermDefinition? previous, Dictionary<string, bool> defined, bool overrideProtected, string path)
    {
        if (!overrideProtected && previous is not null && previous.Protected)
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException(JsonLdErrorCode.ProtectedTermRedefinition, path, $"the protected term '{term}' cannot be redefined");
            }
            definition = previous;
        }
        active.Terms[term] = definition;
        defined[term] = true;
    }

    private List<string> ValidateContainer(object? value, string path)
    {
        if (_session.Is10)
        {
            if (value is not string single || single is "@graph" or "@id" or "@type" || !ContainerKeywords.Contains(single))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidContainerMapping, path, "invalid container mapping for json-ld-1.0");
            }
            return [single];
        }
        var items = value is List<object?> list ? list : [value];
        var containers = new List<string>();
        foreach (var item in items)
        {
            if (item is not string c || !ContainerKeywords.Contains(c))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidContainerMapping, path, "a container must be one of @graph, @id, @index, @language, @list, @set, @type");
            }
            containers.Add(c);
        }
        bool valid = containers.Count switch
        {
            0 => value is List<object?>,
            1 => true,
            _ => !containers.Contains("@list") && containers.Distinct().Count() == containers.Count && IsValidCombination(containers),
        };
        if (!valid)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidContainerMapping, path, "this combination of containers is not allowed");
        }
        return containers;
    }

    private static bool IsValidCombination(List<string> containers)
    {
        var others = containers.Where(c => c != "@set").ToList();
        if (others.Count <= 1)
        {
            return true;
        }
        // @graph combines with @id or @index (and @set).
        return others.Count == 2 && others.Contains("@graph") && (others.Contains("@id") || others.Contains("@index"));
    }
}
