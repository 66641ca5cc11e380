using System.Buffers;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// Term &lt;-&gt; id dictionary that keeps each term once, as UTF-8 bytes in 1 MiB arena chunks, rather than one
/// .NET object per term: an entry costs its bytes plus a length prefix, 4 bytes of location and ~6 bytes of hash
/// slot. Ids start at 1 (0 means "none" / the default graph).
/// <para>
/// Concurrency: one writer (<see cref="GetOrAdd"/>, called under the store's write lock) and any number of
/// lock-free readers. The structure is append-only; every array the writer replaces is fully filled before it is
/// published with a volatile write, and an id becomes reachable (count, hash slot) only after its bytes and
/// location are written, so a reader sees either the old or the complete new state.
/// </para>
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int MaxChunks = 1 << (32 - ChunkBits);

    private byte[][] _chunks = [new byte[ChunkSize]];
    private int _chunkCount = 1;
    private int _chunkUsed;
    private uint[] _locations = new uint[1024];
    private int[] _slots = new int[2048];
    private int _count;

    /// <summary>The number of terms (the highest id).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Returns the id of a term, adding it first if needed. Writer only.</summary>
    public int GetOrAdd(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        byte[] rented = ArrayPool<byte>.Shared.Rent(TermEncoding.MaxEncodedLength(term));
        try
        {
            TermEncoding.TryEncode(term, rented, GetOrAdd, out int length);
            ReadOnlySpan<byte> key = rented.AsSpan(0, length);
            int hash = Hash(key);
            int[] slots = _slots;
            int mask = slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                int id = slots[i];
                if (id == 0)
                {
                    id = Append(key);
                    Volatile.Write(ref slots[i], id);
                    if (id * 10L > slots.Length * 7L)
                    {
                        Rehash(slots.Length * 2);
                    }
                    return id;
                }
                if (EntryEquals(id, key))
                {
                    return id;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Finds a term's id without adding it; 0 when absent. Safe for concurrent readers.</summary>
    public int Find(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        byte[] rented = ArrayPool<byte>.Shared.Rent(TermEncoding.MaxEncodedLength(term));
        try
        {
            if (!TermEncoding.TryEncode(term, rented, Find, out int length))
            {
                return 0;
            }
            ReadOnlySpan<byte> key = rented.AsSpan(0, length);
            int[] slots = Volatile.Read(ref _slots);
            int mask = slots.Length - 1;
            for (int i = Hash(key) & mask; ; i = (i + 1) & mask)
            {
                int id = Volatile.Read(ref slots[i]);
                if (id == 0)
                {
                    return 0;
                }
                if (EntryEquals(id, key))
                {
                    return id;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Materialises the term with an id. Safe for concurrent readers.</summary>
    public Term GetTerm(int id)
    {
        if (id <= 0 || id > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown term id.");
        }
        return TermEncoding.Decode(Entry(id), GetTerm);
    }

    /// <summary>The kind tag of a term, without materialising it.</summary>
    public byte GetTag(int id) => Entry(id)[0];

    /// <summary>Approximate bytes held, for diagnostics.</summary>
    public long ApproximateBytes =>
        (long)_chunkCount * ChunkSize + _locations.Length * 4L + _slots.Length * 4L;

    private ReadOnlySpan<byte> Entry(int id)
    {
        uint location = Volatile.Read(ref _locations)[id];
        byte[] chunk = Volatile.Read(ref _chunks)[location >> ChunkBits];
        int offset = (int)(location & (ChunkSize - 1));
        int length = ReadLength(chunk, ref offset);
        return chunk.AsSpan(offset, length);
    }

    private bool EntryEquals(int id, ReadOnlySpan<byte> key) => Entry(id).SequenceEqual(key);

    private int Append(ReadOnlySpan<byte> key)
    {
        int needed = key.Length + 5;
        if (_chunkUsed + needed > ChunkSize)
        {
            // Entries larger than a chunk get a chunk of their own, still addressed at offset 0.
            AddChunk(new byte[Math.Max(ChunkSize, needed)]);
        }
        byte[] chunk = _chunks[_chunkCount - 1];
        int start = _chunkUsed;
        int offset = start;
        WriteLength(chunk, ref offset, key.Length);
        key.CopyTo(chunk.AsSpan(offset));
        _chunkUsed = offset + key.Length;

        int id = _count + 1;
        uint[] locations = _locations;
        if (id >= locations.Length)
        {
            var grown = new uint[locations.Length * 2];
            locations.CopyTo(grown, 0);
            Volatile.Write(ref _locations, grown);
            locations = grown;
        }
        locations[id] = ((uint)(_chunkCount - 1) << ChunkBits) | (uint)start;
        Volatile.Write(ref _count, id);
        return id;
    }

    private void AddChunk(byte[] chunk)
    {
        if (_chunkCount == MaxChunks)
        {
            throw new InvalidOperationException("The in-memory term dictionary is full (4 GiB of term text).");
        }
        byte[][] chunks = _chunks;
        if (_chunkCount == chunks.Length)
        {
            var grown = new byte[chunks.Length * 2][];
            chunks.CopyTo(grown, 0);
            grown[_chunkCount] = chunk;
            Volatile.Write(ref _chunks, grown);
        }
        else
        {
            Volatile.Write(ref chunks[_chunkCount], chunk);
        }
        _chunkCount++;
        _chunkUsed = 0;
    }

    private void Rehash(int capacity)
    {
        var slots = new int[capacity];
        int mask = capacity - 1;
        for (int id = 1; id <= _count; id++)
        {
            int i = Hash(Entry(id)) & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }
            slots[i] = id;
        }
        Volatile.Write(ref _slots, slots);
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = new HashCode();
        hash.AddBytes(key);
        return hash.ToHashCode() & int.MaxValue;
    }

    private static void WriteLength(byte[] chunk, ref int offset, int length)
    {
        uint value = (uint)length;
        while (value >= 0x80)
        {
            chunk[offset++] = (byte)(value | 0x80);
            value >>= 7;
        }
        chunk[offset++] = (byte)value;
    }

    private static int ReadLength(byte[] chunk, ref int offset)
    {
        int value = 0;
        int shift = 0;
        byte b;
        do
        {
            b = chunk[offset++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
