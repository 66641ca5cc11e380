namespace KnowledgeGraph.Rdf.RocksDb.Tests;

/// <summary>Fresh folders under the temp directory for stores, deleted together when disposed.</summary>
internal sealed class TemporaryFolders : IDisposable
{
    private readonly List<string> _folders = [];

    /// <summary>A path that does not exist yet, inside a folder of its own.</summary>
    public string NewPath()
    {
        string folder = Path.Combine(Path.GetTempPath(), "kg-rocksdb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _folders.Add(folder);
        return Path.Combine(folder, "store");
    }

    public void Dispose()
    {
        foreach (string folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A folder still in use (a store a failed test left open) stays behind in the temp directory.
            }
        }
        _folders.Clear();
    }
}
