using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>§5.2.2 IRI Expansion, which may define terms of the local context being processed on demand.</summary>
internal sealed partial class ContextProcessor
{
    /// <summary>What nested term definitions created during IRI expansion inherit from the context being processed.</summary>
    public sealed record TermScope(string? BaseUrl, bool Protected, bool OverrideProtected, List<string>? RemoteContexts);

    /// <summary>§5.2.2 IRI Expansion.</summary>
    public string? ExpandIri(
        ActiveContext active,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        JsonMap? local = null,
        Dictionary<string, bool>? defined = null,
        string path = "$",
        TermScope? scope = null)
    {
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }
        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }
        if (local is not null && local.ContainsKey(value) && (defined is null || !defined.TryGetValue(value, out bool done) || !done))
        {
            CreateTermDefinition(active, local, value, defined ?? new Dictionary<string, bool>(StringComparer.Ordinal), scope?.BaseUrl, path, scope?.Protected ?? false, scope?.OverrideProtected ?? false, scope?.RemoteContexts);
        }
        var definition = active.Term(value);
        if (definition is not null && Keywords.IsKeyword(definition.IriMapping))
        {
            return definition.IriMapping;
        }
        if (vocab && active.Terms.ContainsKey(value))
        {
            return definition!.IriMapping;
        }
        int colon = value.IndexOfColonAfterFirst();
        if (colon > 0)
        {
            string prefix = value[..colon];
            string suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }
            if (local is not null && local.ContainsKey(prefix) && (defined is null || !defined.TryGetValue(prefix, out bool prefixDone) || !prefixDone))
            {
                CreateTermDefinition(active, local, prefix, defined ?? new Dictionary<string, bool>(StringComparer.Ordinal), scope?.BaseUrl, path, scope?.Protected ?? false, scope?.OverrideProtected ?? false, scope?.RemoteContexts);
            }
            var prefixDefinition = active.Term(prefix);
            if (prefixDefinition is not null && prefixDefinition.IriMapping is not null && prefixDefinition.Prefix)
            {
                return prefixDefinition.IriMapping + suffix;
            }
            if (IriSyntax.HasScheme(value))
            {
                return value;
            }
        }
        if (vocab && active.VocabularyMapping is not null)
        {
            return active.VocabularyMapping + value;
        }
        if (documentRelative)
        {
            return active.BaseIri is not null ? IriResolver.Resolve(active.BaseIri, value) : value;
        }
        return value;
    }
}
