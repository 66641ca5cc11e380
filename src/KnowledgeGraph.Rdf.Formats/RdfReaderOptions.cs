namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Options for every <see cref="IRdfReader"/>. Immutable; use <c>with</c> to change one.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>Default options: strict, no base IRI.</summary>
    public static RdfReaderOptions Default { get; } = new();

    /// <summary>The base IRI against which relative IRIs are resolved (the document's location), or null.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// When true, a statement with a syntax error is skipped: the error goes to <see cref="OnError"/> and reading goes
    /// on at the next statement. When false (strict, the default), the first error throws <see cref="RdfSyntaxException"/>.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives errors skipped in lenient mode.</summary>
    public Action<RdfSyntaxError>? OnError { get; init; }

    /// <summary>Receives each prefix declaration (prefix without colon, namespace IRI), so writers can reuse them.</summary>
    public Action<string, string>? OnPrefix { get; init; }

    /// <summary>Receives each base IRI declaration, resolved.</summary>
    public Action<string>? OnBase { get; init; }
}
