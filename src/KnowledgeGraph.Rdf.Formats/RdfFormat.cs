namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// One RDF syntax as the rest of the system sees it: its name, media types (the first is preferred), file extensions
/// (without dot, the first is preferred), its W3C format IRI (<see href="https://www.w3.org/ns/formats/"/>), whether it
/// carries named graphs, and how to make a reader and a writer for it. Content negotiation and the CLI use this.
/// </summary>
public sealed class RdfFormat
{
    private readonly Func<IRdfReader>? _createReader;
    private readonly Func<IRdfWriter>? _createWriter;

    /// <summary>Describes a format.</summary>
    public RdfFormat(
        string name,
        IReadOnlyList<string> mediaTypes,
        IReadOnlyList<string> extensions,
        string formatIri,
        bool supportsNamedGraphs,
        Func<IRdfReader>? createReader,
        Func<IRdfWriter>? createWriter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (mediaTypes.Count == 0 || extensions.Count == 0)
        {
            throw new ArgumentException("A format needs at least one media type and one extension.");
        }
        Name = name;
        MediaTypes = mediaTypes;
        Extensions = extensions;
        FormatIri = formatIri;
        SupportsNamedGraphs = supportsNamedGraphs;
        _createReader = createReader;
        _createWriter = createWriter;
    }

    /// <summary>The human name, e.g. <c>Turtle</c>.</summary>
    public string Name { get; }

    /// <summary>Media types; the first is the one to send.</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>The preferred media type.</summary>
    public string MediaType => MediaTypes[0];

    /// <summary>File extensions without the dot; the first is preferred.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The preferred file extension, without the dot.</summary>
    public string Extension => Extensions[0];

    /// <summary>The W3C format IRI, e.g. <c>http://www.w3.org/ns/formats/Turtle</c>.</summary>
    public string FormatIri { get; }

    /// <summary>Whether the syntax can carry named graphs (N-Quads, TriG, JSON-LD).</summary>
    public bool SupportsNamedGraphs { get; }

    /// <summary>Whether the format can be read.</summary>
    public bool CanRead => _createReader is not null;

    /// <summary>Whether the format can be written.</summary>
    public bool CanWrite => _createWriter is not null;

    /// <summary>Creates a reader.</summary>
    /// <exception cref="NotSupportedException">The format cannot be read.</exception>
    public IRdfReader CreateReader() =>
        _createReader?.Invoke() ?? throw new NotSupportedException($"{Name} cannot be read.");

    /// <summary>Creates a writer.</summary>
    /// <exception cref="NotSupportedException">The format cannot be written.</exception>
    public IRdfWriter CreateWriter() =>
        _createWriter?.Invoke() ?? throw new NotSupportedException($"{Name} cannot be written.");

    /// <inheritdoc/>
    public override string ToString() => Name;
}
