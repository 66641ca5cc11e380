using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Io;

/// <summary>Picks a format from an explicit <c>--from/--to</c> name or else from the file extension.</summary>
internal static class FormatChoice
{
    /// <summary>The format named, or the one the path's extension implies.</summary>
    public static RdfFormat Resolve(string? name, string path, string role)
    {
        var formats = RdfFormatRegistry.Default;
        if (name is not null)
        {
            return formats.FindByName(name) ?? formats.FindByMediaType(name)
                ?? throw new CliException($"Unknown {role} format '{name}'. Known: {Known()}.");
        }
        if (path == "-")
        {
            throw new CliException($"Cannot tell the {role} format of '-': give --{(role == "input" ? "from" : "to")} (one of {Known()}).");
        }
        return formats.FindByFileName(path)
            ?? throw new CliException($"Cannot tell the {role} format of '{path}' from its extension: give --{(role == "input" ? "from" : "to")} (one of {Known()}).");
    }

    private static string Known() => string.Join(", ", RdfFormatRegistry.Default.Formats.Select(f => f.Extension));
}
