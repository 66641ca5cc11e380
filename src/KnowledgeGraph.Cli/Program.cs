using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Formats;

var root = new RootCommand("kg — KnowledgeGraph: build the essay graph, RDF conversion, statistics, queries and W3C conformance runs.")
{
    ConvertCommand.Create(),
    StatsCommand.Create(),
    QueryCommand.Create(),
    W3cCommand.Create(),
    FormatsCommand.Create(),
    UpdateCommand.Create(),
    ServeCommand.Create(),
    ValidateCommand.Create(),
    BuildCommand.Create(),
    LinkCommand.Create(),
    LoadCommand.Create(),
    DumpCommand.Create(),
    BackupCommand.Create(),
    PublishCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliException error)
{
    Console.Error.WriteLine($"kg: {error.Message}");
    return error.ExitCode;
}
catch (RdfSyntaxException error)
{
    Console.Error.WriteLine($"kg: {error.Message}");
    return 1;
}
catch (IOException error)
{
    Console.Error.WriteLine($"kg: {error.Message}");
    return 2;
}
catch (Exception error) when (error is not OperationCanceledException)
{
    // A bug, not a user error: say so plainly, with the type, rather than dumping a stack trace on users.
    Console.Error.WriteLine($"kg: internal error ({error.GetType().Name}): {error.Message}");
    return 3;
}
