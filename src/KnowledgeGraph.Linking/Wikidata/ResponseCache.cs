using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// The on-disk cache of API answers, one file per request URL (named by its SHA-256), so a rerun asks the API nothing
/// it already asked. Only complete, well-formed answers are stored, and each is written whole or not at all.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    public string? TryRead(string url)
    {
        string path = PathOf(url);
        try
        {
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (IOException)
        {
            // An unreadable entry is a miss: the API is asked again and the entry rewritten.
            return null;
        }
    }

    public void Write(string url, string body)
    {
        string path = PathOf(url);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, body, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string url)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
        return Path.Combine(directory, hash[..2], hash + ".json");
    }
}
