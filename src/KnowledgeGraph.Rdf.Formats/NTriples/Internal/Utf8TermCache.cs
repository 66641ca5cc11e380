using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Rdf.Formats.NTriples.Internal;

/// <summary>
/// A small, fixed-size, two-way set-associative cache from the raw UTF-8 bytes of a token to the object built from
/// them, so repeated IRIs, blank nodes and language tags are not decoded and allocated again. Its size never grows,
/// so memory stays flat however long the input is; a miss only costs the decoding the cache would have saved.
/// </summary>
internal sealed class Utf8TermCache<T>
    where T : class
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>Creates a cache with <paramref name="size"/> entries (a power of two, at least 2).</summary>
    public Utf8TermCache(int size)
    {
        _entries = new Entry[size];
        _mask = (size - 1) & ~1;
    }

    /// <summary>Looks the token up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Find(ReadOnlySpan<byte> key, int hash)
    {
        ref Entry first = ref _entries[hash & _mask];
        if (first.Hash == hash && Matches(ref first, key))
        {
            return first.Value;
        }
        ref Entry second = ref Unsafe.Add(ref first, 1);
        if (second.Hash == hash && Matches(ref second, key))
        {
            // Keep the most recently used entry of the pair first, so a new token evicts the older one.
            (first, second) = (second, first);
            return first.Value;
        }
        return null;
    }

    /// <summary>Stores the value built from the token, evicting the older entry of its pair.</summary>
    public void Add(ReadOnlySpan<byte> key, int hash, T value)
    {
        ref Entry first = ref _entries[hash & _mask];
        Unsafe.Add(ref first, 1) = first;
        first = new Entry { Hash = hash, Key = key.ToArray(), Value = value };
    }

    // A copy of the key bytes makes a hit one memory comparison, cheaper than comparing bytes with decoded text.
    private static bool Matches(ref Entry entry, ReadOnlySpan<byte> key) => key.SequenceEqual(entry.Key);

    /// <summary>A fast, non-cryptographic hash of the bytes (never 0, so empty entries never match).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong k1 = 0x9E3779B97F4A7C15;
        const ulong k2 = 0xC2B2AE3D27D4EB4F;
        ulong h = (ulong)bytes.Length * k1;
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        int length = bytes.Length;
        if (length >= 8)
        {
            int i = 0;
            for (; i <= length - 8; i += 8)
            {
                h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i))) * k2, 29);
            }
            if (i < length)
            {
                // The last, partial word is read overlapping the previous one.
                h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8))) * k2, 29);
            }
        }
        else
        {
            for (int i = 0; i < length; i++)
            {
                h = (h ^ Unsafe.Add(ref start, i)) * k1;
            }
        }
        h ^= h >> 32;
        h *= k1;
        int result = (int)(h >> 32);
        return result == 0 ? 1 : result;
    }

    private struct Entry
    {
        public int Hash;
        public byte[]? Key;
        public T? Value;
    }
}
