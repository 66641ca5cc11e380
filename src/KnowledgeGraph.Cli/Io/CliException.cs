namespace KnowledgeGraph.Cli.Io;

/// <summary>A user-facing error: printed as one line to stderr, exit code 2 (or the given one), no stack trace.</summary>
internal sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    /// <summary>The process exit code to use.</summary>
    public int ExitCode { get; } = exitCode;
}
