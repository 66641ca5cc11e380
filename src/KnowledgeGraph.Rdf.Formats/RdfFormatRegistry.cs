namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The set of formats the tool knows, looked up by name, media type, file extension or format IRI.
/// Immutable once built; <see cref="Default"/> holds every syntax this assembly implements.
/// </summary>
public sealed class RdfFormatRegistry
{
    private readonly Dictionary<string, RdfFormat> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RdfFormat> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RdfFormat> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a registry; on duplicate keys the earlier format wins.</summary>
    public RdfFormatRegistry(IEnumerable<RdfFormat> formats)
    {
        var all = new List<RdfFormat>();
        foreach (var format in formats)
        {
            all.Add(format);
            _byName.TryAdd(format.Name, format);
            _byName.TryAdd(format.Name.Replace("-", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal), format);
            foreach (var mediaType in format.MediaTypes)
            {
                _byMediaType.TryAdd(mediaType, format);
            }
            foreach (var extension in format.Extensions)
            {
                _byExtension.TryAdd(extension, format);
                _byName.TryAdd(extension, format);
            }
        }
        Formats = all;
    }

    /// <summary>Every format this library reads or writes.</summary>
    public static RdfFormatRegistry Default { get; } = new(KnownRdfFormats.All);

    /// <summary>All formats, in registration order.</summary>
    public IReadOnlyList<RdfFormat> Formats { get; }

    /// <summary>Finds a format by name or short name (<c>turtle</c>, <c>ttl</c>, <c>nt</c>, <c>rdfxml</c>...).</summary>
    public RdfFormat? FindByName(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>Finds a format by media type; parameters such as <c>charset</c> are ignored.</summary>
    public RdfFormat? FindByMediaType(string mediaType)
    {
        int semicolon = mediaType.IndexOf(';');
        string bare = (semicolon < 0 ? mediaType : mediaType[..semicolon]).Trim();
        return _byMediaType.GetValueOrDefault(bare);
    }

    /// <summary>
    /// Finds a format from a file name's extension; a trailing <c>.gz</c> is looked through
    /// (<c>data.nt.gz</c> is N-Triples).
    /// </summary>
    public RdfFormat? FindByFileName(string fileName)
    {
        string name = Path.GetFileName(fileName);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }
        int dot = name.LastIndexOf('.');
        return dot < 0 ? null : _byExtension.GetValueOrDefault(name[(dot + 1)..]);
    }
}
