using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class PatternMatchingBehaviour : StoreBehaviour
{
    /// <summary>
    /// Runs a byte script of adds, removes, clears and commits against the store and a HashSet model, then checks
    /// every pattern shape over the term universe (each position unbound or any value, every graph scope).
    /// </summary>
    [Property(MaxTest = 80)]
    public void Every_pattern_shape_returns_exactly_the_quads_a_naive_filter_returns(byte[] script)
    {
        IQuadStore store = EmptiedStore();
        HashSet<Quad> model = RunScript(store, script);
        using IDatasetSnapshot snapshot = store.OpenSnapshot();

        Assert.Equal(model.Count, snapshot.Count);
        foreach (QuadPattern pattern in AllPatterns())
        {
            var expected = model.Where(pattern.Matches).ToHashSet();
            var actual = snapshot.Match(pattern).ToList();
            Assert.Equal(expected.Count, actual.Count);
            Assert.True(expected.SetEquals(actual), $"Pattern {pattern} differs.");
            long estimate = snapshot.TryEncode(pattern, out QuadIdPattern ids) ? snapshot.EstimateCount(ids) : 0;
            Assert.Equal(expected.Count, estimate);
        }
    }

    [Property(MaxTest = 50)]
    public void Id_level_matching_decodes_to_the_same_quads_as_term_level_matching(byte[] script)
    {
        IQuadStore store = EmptiedStore();
        RunScript(store, script);
        using IDatasetSnapshot snapshot = store.OpenSnapshot();

        foreach (QuadPattern pattern in AllPatterns())
        {
            var byTerms = snapshot.Match(pattern).ToHashSet();
            var byIds = snapshot.TryEncode(pattern, out QuadIdPattern ids)
                ? snapshot.MatchIds(ids).Select(snapshot.Decode).ToHashSet()
                : [];
            Assert.True(byTerms.SetEquals(byIds), $"Pattern {pattern} differs.");
        }
    }

    [Property(MaxTest = 50)]
    public void Contains_agrees_with_the_model_for_every_quad_of_the_universe(byte[] script)
    {
        IQuadStore store = EmptiedStore();
        HashSet<Quad> model = RunScript(store, script);
        using IDatasetSnapshot snapshot = store.OpenSnapshot();

        foreach (Quad quad in AllQuads())
        {
            Assert.Equal(model.Contains(quad), snapshot.Contains(quad));
        }
    }

    private IQuadStore? _store;

    /// <summary>
    /// One store serves every generated case: each starts by clearing every graph the previous case left, so the
    /// cases also check that a store emptied by clearing (its dictionary keeping the old terms) behaves like a new one.
    /// Opening a store per case would cost a persistent implementation more than the case itself.
    /// </summary>
    private IQuadStore EmptiedStore()
    {
        _store ??= NewStore();
        using (IDatasetSnapshot before = _store.OpenSnapshot())
        using (IQuadWriteBatch batch = _store.BeginWrite())
        {
            batch.ClearGraph(null);
            foreach (Term graph in before.NamedGraphs.ToList())
            {
                batch.ClearGraph(graph);
            }
            batch.Commit();
        }
        using IDatasetSnapshot after = _store.OpenSnapshot();
        Assert.Equal(0, after.Count);
        Assert.Empty(after.NamedGraphIds);
        return _store;
    }

    internal static HashSet<Quad> RunScript(IQuadStore store, byte[] script)
    {
        var model = new HashSet<Quad>();
        var committed = new HashSet<Quad>();
        IQuadWriteBatch batch = store.BeginWrite();
        for (int i = 0; i + 1 < script.Length; i += 2)
        {
            int op = script[i] % 16;
            int args = script[i + 1];
            Quad quad = StoreTerms.QuadFrom(args % 3, args / 3 % 3, args / 9 % 5, op % 3);
            switch (op)
            {
                case < 9:
                    batch.Add(quad);
                    model.Add(quad);
                    break;
                case < 13:
                    batch.Remove(quad);
                    model.Remove(quad);
                    break;
                case 13:
                    batch.ClearGraph(quad.Graph);
                    model.RemoveWhere(q => Equals(q.Graph, quad.Graph));
                    break;
                case 14:
                    batch.Commit();
                    committed = [.. model];
                    batch = store.BeginWrite();
                    break;
                default:
                    batch.Dispose(); // abandon: roll the model back to the last commit
                    model = [.. committed];
                    batch = store.BeginWrite();
                    break;
            }
        }
        batch.Commit();
        return model;
    }

    internal static IEnumerable<Quad> AllQuads()
    {
        foreach (Term s in StoreTerms.Subjects)
        {
            foreach (Iri p in StoreTerms.Predicates)
            {
                foreach (Term o in StoreTerms.Objects)
                {
                    foreach (Term? g in StoreTerms.Graphs)
                    {
                        yield return new Quad(s, p, o, g);
                    }
                }
            }
        }
    }

    internal static IEnumerable<QuadPattern> AllPatterns()
    {
        Term?[] subjects = [null, .. StoreTerms.Subjects, new Iri("http://example.org/absent")];
        Iri?[] predicates = [null, .. StoreTerms.Predicates];
        Term?[] objects = [null, .. StoreTerms.Objects];
        foreach (Term? s in subjects)
        {
            foreach (Iri? p in predicates)
            {
                foreach (Term? o in objects)
                {
                    yield return QuadPattern.InAllGraphs(s, p, o);
                    yield return QuadPattern.InDefaultGraph(s, p, o);
                    yield return QuadPattern.InNamedGraphs(s, p, o);
                    foreach (Term? g in StoreTerms.Graphs)
                    {
                        yield return QuadPattern.InGraph(g, s, p, o);
                    }
                }
            }
        }
    }
}
