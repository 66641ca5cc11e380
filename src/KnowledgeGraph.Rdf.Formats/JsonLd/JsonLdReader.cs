using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// Reads JSON-LD as RDF: the document is expanded and deserialized to quads (§8.1). JSON-LD is one JSON value, so the
/// whole document is parsed before the first quad is yielded. Remote contexts load only through the configured
/// <see cref="JsonLdOptions.DocumentLoader"/>, which refuses every URL by default. Blank nodes get process-unique
/// labels (the algorithm relabels every blank node as <c>_:b0</c>, <c>_:b1</c>..., which would collide between
/// documents loaded into one store).
/// </summary>
public sealed class JsonLdReader : IRdfReader
{
    private readonly JsonLdOptions _options;

    /// <summary>Creates a reader with the given JSON-LD options (default: remote loading refused).</summary>
    public JsonLdReader(JsonLdOptions? options = null) => _options = options ?? JsonLdOptions.Default;

    /// <inheritdoc/>
    public IEnumerable<Quad> Read(Stream input, RdfReaderOptions options)
    {
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, options);
    }

    /// <inheritdoc/>
    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options)
    {
        string text = input.ReadToEnd();
        var jsonLdOptions = options.BaseIri is null ? _options : _options with { Base = options.BaseIri };
        try
        {
            return Unique(JsonLdProcessor.ToRdf(text, jsonLdOptions));
        }
        catch (JsonLdException e)
        {
            var error = new RdfSyntaxError("JSON-LD", (int)Math.Max(1, e.Line), (int)Math.Max(1, e.Column), e.Line > 0 ? $"{e.Code}: {e.Detail}" : $"{e.Code} at {e.JsonPath}: {e.Detail}");
            if (!options.Lenient)
            {
                throw new RdfSyntaxException(error);
            }
            options.OnError?.Invoke(error);
            return [];
        }
    }

    private static List<Quad> Unique(IReadOnlyList<Quad> quads)
    {
        var fresh = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term term) => term is BlankNode blank
            ? fresh.TryGetValue(blank, out var mapped) ? mapped : fresh[blank] = BlankNode.CreateUnique()
            : term;
        return quads.Select(q => new Quad(Map(q.Subject), q.Predicate, Map(q.Object), q.Graph is null ? null : Map(q.Graph))).ToList();
    }
}
