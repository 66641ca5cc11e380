namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// The SPARQL results formats the tool knows, looked up by name (<c>json</c>, <c>xml</c>, <c>csv</c>, <c>tsv</c> or the
/// full name), media type or file name. Immutable once built; <see cref="Default"/> holds every format this assembly
/// implements.
/// </summary>
public sealed class SparqlResultFormatRegistry
{
    private readonly Dictionary<string, SparqlResultFormat> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SparqlResultFormat> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SparqlResultFormat> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a registry; on duplicate keys the earlier format wins.</summary>
    public SparqlResultFormatRegistry(IEnumerable<SparqlResultFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var all = new List<SparqlResultFormat>();
        foreach (SparqlResultFormat format in formats)
        {
            all.Add(format);
            _byName.TryAdd(format.Name, format);
            foreach (string mediaType in format.MediaTypes)
            {
                _byMediaType.TryAdd(mediaType, format);
            }
            foreach (string extension in format.Extensions)
            {
                _byExtension.TryAdd(extension, format);
                _byName.TryAdd(extension, format);
            }
        }
        Formats = all;
    }

    /// <summary>Every results format this library reads and writes.</summary>
    public static SparqlResultFormatRegistry Default { get; } = new(KnownSparqlResultFormats.All);

    /// <summary>All formats, in registration order.</summary>
    public IReadOnlyList<SparqlResultFormat> Formats { get; }

    /// <summary>Finds a format by name or short name (<c>json</c>, <c>srj</c>, <c>xml</c>, <c>srx</c>, <c>csv</c>, <c>tsv</c>).</summary>
    public SparqlResultFormat? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name.Trim());
    }

    /// <summary>Finds a format by media type; parameters such as <c>charset</c> are ignored.</summary>
    public SparqlResultFormat? FindByMediaType(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        int semicolon = mediaType.IndexOf(';');
        return _byMediaType.GetValueOrDefault((semicolon < 0 ? mediaType : mediaType[..semicolon]).Trim());
    }

    /// <summary>Finds a format from a file name's extension (<c>result.srx</c> is XML).</summary>
    public SparqlResultFormat? FindByFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        string name = Path.GetFileName(fileName);
        int dot = name.LastIndexOf('.');
        return dot < 0 ? null : _byExtension.GetValueOrDefault(name[(dot + 1)..]);
    }
}
