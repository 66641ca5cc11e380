using System.Buffers.Binary;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// The column families and fixed keys of a store folder. Ids and counts are big-endian so keys sort numerically.
/// The default family holds the layout version and the next free term id; <c>stats</c> holds the counters that
/// <see cref="KnowledgeGraph.Rdf.Store.DatasetStatistics"/> is read from, each updated in the commit that changes it.
/// </summary>
internal static class StoreLayout
{
    public const string TermToId = "term-id";
    public const string IdToTerm = "id-term";
    public const string Stats = "stats";

    /// <summary>Bumped whenever the on-disk layout changes incompatibly.</summary>
    public const long Version = 1;

    public static readonly byte[] VersionKey = "layout-version"u8.ToArray();
    public static readonly byte[] NextTermIdKey = "next-term-id"u8.ToArray();

    /// <summary>Kinds of counter in the stats family: the first key byte.</summary>
    public const byte QuadCount = 1, GraphCount = 2, PredicateCount = 3, SubjectCount = 4, ObjectCount = 5, DistinctSubjects = 6, DistinctObjects = 7;

    public static IEnumerable<string> ColumnFamilies =>
        [TermToId, IdToTerm, Stats, .. IndexOrder.All.Select(static o => o.Name)];

    public static byte[] CounterKey(byte kind) => [kind];

    public static byte[] CounterKey(byte kind, int id)
    {
        var key = new byte[5];
        key[0] = kind;
        BinaryPrimitives.WriteInt32BigEndian(key.AsSpan(1), id);
        return key;
    }

    public static byte[] Id(int id)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, id);
        return bytes;
    }

    public static int ReadId(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32BigEndian(bytes);

    public static byte[] Long(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    public static long ReadLong(byte[]? bytes) => bytes is null ? 0 : BinaryPrimitives.ReadInt64BigEndian(bytes);
}
