using System.IO.Compression;

namespace KnowledgeGraph.Cli.Io;

/// <summary>Opens the CLI's inputs and outputs: <c>-</c> is stdin/stdout, <c>.gz</c> files are (de)compressed on the fly.</summary>
internal static class FileStreams
{
    /// <summary>Opens an input for reading.</summary>
    public static Stream OpenInput(string path)
    {
        if (path == "-")
        {
            return Console.OpenStandardInput();
        }
        if (!File.Exists(path))
        {
            throw new CliException($"Input file not found: {path}");
        }
        Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Opens an output for writing as UTF-8 text (no byte order mark, LF line ends).</summary>
    public static TextWriter OpenOutput(string path)
    {
        Stream stream = path == "-"
            ? Console.OpenStandardOutput()
            : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionLevel.Fastest);
        }
        return new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>The length of an input file, for progress percentages, or null for stdin and compressed input.</summary>
    public static long? LengthOf(string path) =>
        path == "-" || path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? null : new FileInfo(path).Length;
}
