using System.CommandLine;
using KnowledgeGraph.Rdf.RocksDb;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg backup STORE DIR</c>: writes a consistent copy of a persistent store to a new folder (a RocksDB checkpoint,
/// hard-linking files on the same file system), which opens as a store of its own.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var store = new Argument<string>("store") { Description = "The store folder." };
        var target = new Argument<string>("target") { Description = "A new folder for the copy (must not exist)." };
        var command = new Command("backup", "Copy a persistent store consistently to a new folder.") { store, target };
        command.SetAction(result =>
        {
            using RocksDbQuadStore quadStore = RocksDbQuadStore.Open(result.GetValue(store)!, createIfMissing: false);
            quadStore.Backup(result.GetValue(target)!);
            Console.Error.WriteLine($"backed up {quadStore.Directory} to {Path.GetFullPath(result.GetValue(target)!)}");
            return 0;
        });
        return command;
    }
}
