namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// One SPARQL results syntax as the rest of the system sees it: its name, media types (the first is preferred), file
/// extensions (without dot, the first is preferred), whether it can carry ASK results, and how to make a reader and a
/// writer for it. Content negotiation and the CLI use this.
/// </summary>
public sealed class SparqlResultFormat
{
    private readonly Func<ISparqlResultReader> _createReader;
    private readonly Func<ISparqlResultWriter> _createWriter;

    /// <summary>Describes a format.</summary>
    public SparqlResultFormat(
        string name,
        IReadOnlyList<string> mediaTypes,
        IReadOnlyList<string> extensions,
        bool supportsBoolean,
        Func<ISparqlResultReader> createReader,
        Func<ISparqlResultWriter> createWriter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(createReader);
        ArgumentNullException.ThrowIfNull(createWriter);
        if (mediaTypes.Count == 0 || extensions.Count == 0)
        {
            throw new ArgumentException("A format needs at least one media type and one extension.");
        }
        Name = name;
        MediaTypes = mediaTypes;
        Extensions = extensions;
        SupportsBoolean = supportsBoolean;
        _createReader = createReader;
        _createWriter = createWriter;
    }

    /// <summary>The human name, e.g. <c>SPARQL Results JSON</c>.</summary>
    public string Name { get; }

    /// <summary>Media types; the first is the one to send.</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>The preferred media type.</summary>
    public string MediaType => MediaTypes[0];

    /// <summary>File extensions without the dot; the first is preferred.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The preferred file extension, without the dot.</summary>
    public string Extension => Extensions[0];

    /// <summary>Whether the format can carry an ASK (boolean) result; CSV and TSV cannot.</summary>
    public bool SupportsBoolean { get; }

    /// <summary>Creates a reader.</summary>
    public ISparqlResultReader CreateReader() => _createReader();

    /// <summary>Creates a writer.</summary>
    public ISparqlResultWriter CreateWriter() => _createWriter();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
