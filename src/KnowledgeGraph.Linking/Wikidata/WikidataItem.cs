namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>What the reconciler needs of a Wikidata item: its names, its description and its statements' main values.</summary>
/// <param name="Id">The item id (<c>Q33391</c>).</param>
/// <param name="Label">The label in the asked language, if any.</param>
/// <param name="Description">The description in the asked language, if any.</param>
/// <param name="Aliases">The aliases in the asked language.</param>
/// <param name="Claims">Main values by property id (<c>P31</c>): item ids and years.</param>
public sealed record WikidataItem(string Id, string? Label, string? Description, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, IReadOnlyList<ClaimValue>> Claims)
{
    /// <summary>The item ids among the values of <paramref name="property"/>.</summary>
    public IEnumerable<string> ItemValues(string property) =>
        Claims.TryGetValue(property, out var values) ? values.Select(static v => v.ItemId).OfType<string>() : [];

    /// <summary>The years among the values of <paramref name="property"/> (a time value's year, whatever its precision).</summary>
    public IEnumerable<int> Years(string property) =>
        Claims.TryGetValue(property, out var values) ? values.Where(static v => v.Year.HasValue).Select(static v => v.Year!.Value) : [];

    /// <summary>Every item id any statement points to.</summary>
    public IEnumerable<string> AllItemValues() => Claims.Values.SelectMany(static v => v).Select(static v => v.ItemId).OfType<string>();

    /// <summary>The label followed by the aliases.</summary>
    public IEnumerable<string> Names() => Label is null ? Aliases : Aliases.Prepend(Label);
}

/// <summary>A statement's main value: an item (<see cref="ItemId"/>) or a point in time (<see cref="Year"/>); other kinds are kept as neither.</summary>
/// <param name="ItemId">The item id of a wikibase-item value.</param>
/// <param name="Year">The year of a time value.</param>
public sealed record ClaimValue(string? ItemId, int? Year);
