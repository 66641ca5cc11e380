using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Store.Internal;
using KnowledgeGraph.Rdf.Terms;
using RocksDbSharp;

namespace KnowledgeGraph.Rdf.RocksDb.Internal;

/// <summary>
/// Reads the persistent term dictionary: <c>term-id</c> maps a term's encoding (the in-memory store's
/// <see cref="TermEncoding"/>) to its big-endian id, <c>id-term</c> maps back. Entries are only ever added, and only by
/// a commit, so a mapping read once stays true: recently used ones are cached for every snapshot to share. The caches
/// are cleared wholesale when they grow past a bound, which keeps memory flat during a large load.
/// </summary>
internal sealed class TermDictionary(RocksDbSharp.RocksDb db, ColumnFamilyHandle termToId, ColumnFamilyHandle idToTerm)
{
    private const int CacheLimit = 500_000;
    private readonly ConcurrentDictionary<Term, int> _ids = new();
    private readonly ConcurrentDictionary<int, Term> _terms = new();
    private int _cached; // ConcurrentDictionary.Count takes every lock, too slow to ask on each insert

    /// <summary>The committed id of a term, or 0 when it has none.</summary>
    public int Find(Term term, ReadOptions read)
    {
        if (_ids.TryGetValue(term, out int cached))
        {
            return cached;
        }
        byte[]? encoded = Encode(term, nested => Find(nested, read));
        return encoded is null ? 0 : Find(term, encoded, read);
    }

    /// <summary>The committed id of a term whose encoding the caller already has, or 0 when it has none.</summary>
    public int Find(Term term, byte[] encoded, ReadOptions read)
    {
        if (_ids.TryGetValue(term, out int cached))
        {
            return cached;
        }
        byte[]? value = db.Get(encoded, termToId, read);
        if (value is null)
        {
            return 0;
        }
        int id = StoreLayout.ReadId(value);
        Remember(term, id);
        return id;
    }

    /// <summary>The term with a committed id, or null when the id is unknown to the view.</summary>
    public Term? FindTerm(int id, ReadOptions read)
    {
        if (id <= 0)
        {
            return null;
        }
        if (_terms.TryGetValue(id, out Term? cached))
        {
            return cached;
        }
        byte[]? encoded = db.Get(StoreLayout.Id(id), idToTerm, read);
        if (encoded is null)
        {
            return null;
        }
        Term term = TermEncoding.Decode(encoded, nested => FindTerm(nested, read)
            ?? throw new InvalidDataException($"The store's dictionary is damaged: term {id} refers to missing term {nested}."));
        Remember(term, id);
        return term;
    }

    /// <summary>
    /// The dictionary key of a term; <paramref name="resolveNested"/> gives the ids of a literal's datatype or a triple
    /// term's parts (0 when one has none, which makes the result null).
    /// </summary>
    public static byte[]? Encode(Term term, Func<Term, int> resolveNested)
    {
        int max = TermEncoding.MaxEncodedLength(term);
        Span<byte> buffer = max <= 512 ? stackalloc byte[512] : new byte[max];
        return TermEncoding.TryEncode(term, buffer, resolveNested, out int length) ? buffer[..length].ToArray() : null;
    }

    private void Remember(Term term, int id)
    {
        if (Interlocked.Increment(ref _cached) >= CacheLimit)
        {
            Volatile.Write(ref _cached, 0);
            _ids.Clear();
            _terms.Clear();
        }
        _ids[term] = id;
        _terms[id] = term;
    }
}
