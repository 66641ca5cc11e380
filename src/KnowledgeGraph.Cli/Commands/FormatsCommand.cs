using System.CommandLine;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg formats</c>: lists the syntaxes with their names, extensions and media types.</summary>
internal static class FormatsCommand
{
    public static Command Create()
    {
        var command = new Command("formats", "List the RDF formats kg reads and writes.");
        command.SetAction(_ =>
        {
            foreach (var format in RdfFormatRegistry.Default.Formats)
            {
                string access = (format.CanRead ? "r" : "-") + (format.CanWrite ? "w" : "-");
                Console.WriteLine($"{format.Name,-10} {access}  .{string.Join(" .", format.Extensions),-18} {string.Join(", ", format.MediaTypes)}");
            }
            return 0;
        });
        return command;
    }
}
