using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options several commands share, so they are spelled and described the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> From() => new("--from", "-f") { Description = "Input format (name, extension or media type); default: from the file extension." };

    public static Option<string?> Base() => new("--base", "-b") { Description = "Base IRI for relative IRIs in the input; default: the input file's own file: IRI." };

    public static Option<bool> Lenient() => new("--lenient") { Description = "Skip statements with syntax errors (reported on stderr) instead of stopping at the first one." };

    public static Option<bool> Strict() => new("--strict") { Description = "Stop at the first syntax error (the default; overrides --lenient)." };

    public static Option<bool> Progress() => new("--progress") { Description = "Print progress (statements, rate) to stderr; default when stderr is a terminal." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress output." };

    /// <summary>Progress is on for terminals unless --quiet, and always with --progress.</summary>
    public static bool WantsProgress(ParseResult result, Option<bool> progress, Option<bool> quiet) =>
        result.GetValue(progress) || (!result.GetValue(quiet) && !Console.IsErrorRedirected);
}
