using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// Whole-dataset dumps, one per writable format (<c>dataset.nt.gz</c> is gzipped, the rest plain), written once per
/// dataset version and kept until the data changes, so repeated harvests cost nothing. Formats without named graphs
/// get the union of all graphs; TriG and N-Quads keep the provenance graphs.
/// </summary>
public sealed class DumpStore(DatasetHost dataset)
{
    private readonly Dictionary<string, (long Version, byte[] Bytes)> _cache = [];
    private readonly Lock _gate = new();

    /// <summary>The file name a format's dump is published under.</summary>
    public static string FileName(RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.MediaType == "application/n-triples" ? "dataset.nt.gz" : "dataset." + format.Extension;
    }

    /// <summary>The dump's bytes (gzip for N-Triples).</summary>
    public byte[] Get(RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        long version = dataset.Version;
        lock (_gate)
        {
            if (_cache.TryGetValue(format.Name, out var cached) && cached.Version == version)
            {
                return cached.Bytes;
            }
        }
        byte[] bytes = Write(format);
        lock (_gate)
        {
            _cache[format.Name] = (version, bytes);
        }
        return bytes;
    }

    private byte[] Write(RdfFormat format)
    {
        using IDatasetSnapshot snapshot = dataset.Store.OpenSnapshot();
        IEnumerable<Quad> quads = snapshot.Match(QuadPattern.InAllGraphs());
        if (!format.SupportsNamedGraphs)
        {
            quads = quads.Select(static q => q with { Graph = null }).Distinct();
        }
        // MemoryStream.ToArray still works after the writer has closed the stream.
        var buffer = new MemoryStream();
        bool gzip = FileName(format).EndsWith(".gz", StringComparison.Ordinal);
        using (Stream target = gzip ? new GZipStream(buffer, CompressionLevel.Optimal) : buffer)
        using (var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
        {
            format.CreateWriter().Write(quads, writer, RdfWriterOptions.Default with { Prefixes = KnownPrefixes.All });
        }
        return buffer.ToArray();
    }
}
