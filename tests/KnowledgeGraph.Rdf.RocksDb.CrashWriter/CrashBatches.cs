using System.Globalization;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.RocksDb.CrashWriter;

/// <summary>
/// What one batch of the crash test writes, shared by the writer and the test that checks the store afterwards.
/// Batch n adds <see cref="QuadsPerBatch"/> quads with terms no earlier batch used (so every batch also adds
/// dictionary entries), in the default graph and in a named graph, and moves the single counter quad from n-1 to n
/// (a removal and an addition). A half-applied batch shows as a partial set of quads or a counter that disagrees.
/// </summary>
internal static class CrashBatches
{
    public const int QuadsPerBatch = 6;
    public static readonly Iri Counter = new("http://example.org/crash/counter");
    public static readonly Iri Value = new("http://example.org/crash/value");
    public static readonly Iri Batch = new("http://example.org/crash/batch");

    /// <summary>The quads batch <paramref name="n"/> adds besides the counter.</summary>
    public static IEnumerable<Quad> QuadsOf(long n)
    {
        string id = n.ToString(CultureInfo.InvariantCulture);
        var subject = new Iri($"http://example.org/crash/item/{id}");
        for (int i = 0; i < QuadsPerBatch; i++)
        {
            Term? graph = i % 2 == 0 ? null : new Iri($"http://example.org/crash/graph/{n % 4}");
            yield return new Quad(subject, new Iri($"http://example.org/crash/p{i}"), Literal.Simple($"{id}-{i}"), graph);
        }
    }

    /// <summary>The counter quad saying the last batch was <paramref name="n"/>.</summary>
    public static Quad CounterAt(long n) => new(Counter, Value, Literal.Typed(n.ToString(CultureInfo.InvariantCulture), new Iri("http://www.w3.org/2001/XMLSchema#integer")), null);

    /// <summary>The last batch the store holds, from its counter (0 for a new store).</summary>
    public static long LastBatch(IDatasetSnapshot snapshot) =>
        snapshot.Match(QuadPattern.InDefaultGraph(Counter, Value)).Select(static q => long.Parse(((Literal)q.Object).LexicalForm, CultureInfo.InvariantCulture)).SingleOrDefault();

    /// <summary>Commits batch <paramref name="n"/>.</summary>
    public static void Write(IQuadStore store, long n)
    {
        using IQuadWriteBatch batch = store.BeginWrite();
        foreach (Quad quad in QuadsOf(n))
        {
            batch.Add(quad);
        }
        if (n > 1)
        {
            batch.Remove(CounterAt(n - 1));
        }
        batch.Add(CounterAt(n));
        batch.Commit();
    }
}
