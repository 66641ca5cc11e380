using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Io;

/// <summary>
/// Reads one input for a command: opens it, picks its format, applies <c>--base</c> and strict/lenient mode, counts
/// skipped errors (printing the first ones), collects prefixes for pretty writers and reports progress.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    private const int MaxPrintedErrors = 20;
    private readonly Stream _stream;
    private readonly List<KeyValuePair<string, string>> _prefixes = [];
    private readonly IRdfReader? _reader;

    // reader: a reader to use instead of the format's default one (e.g. JSON-LD with a document loader), or null.
    public ReadSession(string path, string? formatName, string? baseIri, bool lenient, bool progress, Func<RdfFormat, IRdfReader?>? reader = null)
    {
        Path = path;
        Format = FormatChoice.Resolve(formatName, path, "input");
        if (!Format.CanRead)
        {
            throw new CliException($"{Format.Name} cannot be read yet.");
        }
        _reader = reader?.Invoke(Format);
        _stream = FileStreams.OpenInput(path);
        long? length = FileStreams.LengthOf(path);
        Progress = new ProgressReporter(progress, length is > 0 ? () => (double)_stream.Position / length.Value : null);
        Options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? (path == "-" ? null : DefaultBase(path)),
            Lenient = lenient,
            OnError = OnError,
            OnPrefix = (prefix, ns) => _prefixes.Add(new(prefix, ns)),
        };
    }

    public string Path { get; }

    public RdfFormat Format { get; }

    public RdfReaderOptions Options { get; }

    public ProgressReporter Progress { get; }

    public int ErrorCount { get; private set; }

    /// <summary>Prefixes the input declared so far, last declaration of a prefix winning.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes =>
        _prefixes.GroupBy(p => p.Key).Select(g => g.Last()).ToList();

    /// <summary>The statements, read lazily.</summary>
    public IEnumerable<Quad> Quads()
    {
        return Progress.Track(NamingThePath((_reader ?? Format.CreateReader()).Read(_stream, Options)));
    }

    /// <summary>Syntax errors surface during enumeration; this puts the input's path in front of them.</summary>
    private IEnumerable<Quad> NamingThePath(IEnumerable<Quad> quads)
    {
        using var enumerator = quads.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (RdfSyntaxException error)
            {
                throw new CliException($"{Path}: {error.Message}", exitCode: 1);
            }
            yield return enumerator.Current;
        }
    }

    public void Dispose() => _stream.Dispose();

    private void OnError(RdfSyntaxError error)
    {
        ErrorCount++;
        if (ErrorCount <= MaxPrintedErrors)
        {
            Console.Error.WriteLine($"{Path}: {error} (statement skipped)");
        }
        else if (ErrorCount == MaxPrintedErrors + 1)
        {
            Console.Error.WriteLine($"{Path}: more errors; only the count is reported from here on.");
        }
    }

    /// <summary>Relative IRIs in a file resolve against the file's own location, as riot and rapper do.</summary>
    private static string DefaultBase(string path) => FileIri.FromPath(path);
}
