namespace KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

/// <summary>
/// A JSON object in the processor's JSON model: members keep insertion order (JSON-LD output order matters to
/// readers). The model is plain .NET values: <see cref="JsonMap"/>, <see cref="List{T}"/> of object, string, bool,
/// long (integers written without fraction or exponent), double, and null.
/// </summary>
internal sealed class JsonMap : OrderedDictionary<string, object?>
{
    public JsonMap()
        : base(StringComparer.Ordinal)
    {
    }

    public JsonMap(string key, object? value)
        : this()
    {
        Add(key, value);
    }

    public object? Get(string key) => TryGetValue(key, out var value) ? value : null;
}
