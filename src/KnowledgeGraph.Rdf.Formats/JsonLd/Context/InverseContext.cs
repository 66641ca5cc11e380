namespace KnowledgeGraph.Rdf.Formats.JsonLd.Context;

/// <summary>
/// §6.2 Inverse Context Creation: for each IRI, for each container combination, which term to use for a given
/// language, direction or type. Built once per active context and used by term selection when compacting.
/// </summary>
internal sealed class InverseContext
{
    private readonly Dictionary<string, Dictionary<string, InverseEntry>> _byIri = new(StringComparer.Ordinal);

    public bool TryGet(string iri, out Dictionary<string, InverseEntry> containers) => _byIri.TryGetValue(iri, out containers!);

    public static InverseContext Create(ActiveContext active)
    {
        var inverse = new InverseContext();
        string defaultLanguage = active.DefaultLanguage?.ToLowerInvariant() ?? "@none";
        foreach (var term in active.Terms.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal))
        {
            var definition = active.Terms[term];
            if (definition.IriMapping is null)
            {
                continue;
            }
            string container = definition.ContainerMapping.Count == 0
                ? "@none"
                : string.Concat(definition.ContainerMapping.Order(StringComparer.Ordinal));
            if (!inverse._byIri.TryGetValue(definition.IriMapping, out var containerMap))
            {
                containerMap = new Dictionary<string, InverseEntry>(StringComparer.Ordinal);
                inverse._byIri[definition.IriMapping] = containerMap;
            }
            if (!containerMap.TryGetValue(container, out var entry))
            {
                entry = new InverseEntry();
                entry.Any["@none"] = term;
                containerMap[container] = entry;
            }
            if (definition.ReverseProperty)
            {
                entry.Type.TryAdd("@reverse", term);
            }
            else if (definition.TypeMapping == "@none")
            {
                entry.Language.TryAdd("@any", term);
                entry.Type.TryAdd("@any", term);
            }
            else if (definition.TypeMapping is not null)
            {
                entry.Type.TryAdd(definition.TypeMapping, term);
            }
            else if (definition.HasLanguage && definition.HasDirection)
            {
                string? language = definition.LanguageMapping;
                string? direction = definition.DirectionMapping;
                string key = (language, direction) switch
                {
                    (not null, not null) => language + "_" + direction,
                    (not null, null) => language,
                    (null, not null) => "_" + direction,
                    _ => "@null",
                };
                entry.Language.TryAdd(key, term);
            }
            else if (definition.HasLanguage)
            {
                entry.Language.TryAdd(definition.LanguageMapping ?? "@null", term);
            }
            else if (definition.HasDirection)
            {
                entry.Language.TryAdd(definition.DirectionMapping is null ? "@none" : "_" + definition.DirectionMapping, term);
            }
            else if (active.DefaultBaseDirection is not null)
            {
                entry.Language.TryAdd((active.DefaultLanguage is null ? "" : defaultLanguage) + "_" + active.DefaultBaseDirection, term);
                entry.Language.TryAdd("@none", term);
                entry.Type.TryAdd("@none", term);
            }
            else
            {
                entry.Language.TryAdd(defaultLanguage, term);
                entry.Language.TryAdd("@none", term);
                entry.Type.TryAdd("@none", term);
            }
        }
        return inverse;
    }
}
