using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.TestSupport.StoreBehaviour.StoreTerms;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class SetSemanticsBehaviour : StoreBehaviour
{
    private static void Write(IQuadStore store, Action<IQuadWriteBatch> actions)
    {
        using IQuadWriteBatch batch = store.BeginWrite();
        actions(batch);
        batch.Commit();
    }

    [Fact]
    public void Adding_a_quad_twice_stores_it_once()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b")); b.Add(Q("a", "p", "b")); });
        Write(store, b => b.Add(Q("a", "p", "b")));

        Assert.Equal(1, store.OpenSnapshot().Count);
    }

    [Fact]
    public void The_same_triple_in_two_graphs_is_two_quads()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b")); b.Add(Q("a", "p", "b", "g")); });

        Assert.Equal(2, store.OpenSnapshot().Count);
    }

    [Fact]
    public void Removing_an_absent_quad_changes_nothing()
    {
        using IQuadStore store = NewStore();
        Write(store, b => b.Add(Q("a", "p", "b")));
        Write(store, b => { b.Remove(Q("a", "p", "c")); b.Remove(Q("x", "y", "z", "g")); });

        Assert.Equal([Q("a", "p", "b")], store.OpenSnapshot().Match(QuadPattern.InAllGraphs()));
    }

    [Fact]
    public void Add_then_remove_in_one_batch_leaves_the_quad_absent()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b")); b.Remove(Q("a", "p", "b")); });

        Assert.Equal(0, store.OpenSnapshot().Count);
    }

    [Fact]
    public void Remove_then_add_in_one_batch_leaves_the_quad_present()
    {
        using IQuadStore store = NewStore();
        Write(store, b => b.Add(Q("a", "p", "b")));
        Write(store, b => { b.Remove(Q("a", "p", "b")); b.Add(Q("a", "p", "b")); });

        Assert.True(store.OpenSnapshot().Contains(Q("a", "p", "b")));
    }

    [Fact]
    public void Clearing_a_graph_removes_only_that_graphs_quads()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b")); b.Add(Q("a", "p", "b", "g")); b.Add(Q("c", "p", "d", "h")); });
        Write(store, b => b.ClearGraph(I("g")));

        IDatasetSnapshot snapshot = store.OpenSnapshot();
        Assert.Equal(2, snapshot.Count);
        Assert.False(snapshot.Contains(Q("a", "p", "b", "g")));
        Assert.Equal([I("h")], snapshot.NamedGraphs);
    }

    [Fact]
    public void Clearing_the_default_graph_then_adding_keeps_only_the_new_quads()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b")); b.Add(Q("c", "p", "d")); });
        Write(store, b => { b.Add(Q("e", "p", "f")); b.ClearGraph(null); b.Add(Q("a", "p", "b")); });

        Assert.Equal([Q("a", "p", "b")], store.OpenSnapshot().Match(QuadPattern.InDefaultGraph()));
    }

    [Fact]
    public void Disposing_a_batch_without_commit_discards_its_changes()
    {
        using IQuadStore store = NewStore();
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            batch.Add(Q("a", "p", "b"));
        }

        Assert.Equal(0, store.OpenSnapshot().Count);
        Write(store, b => b.Add(Q("c", "p", "d"))); // the write lock was released
        Assert.Equal(1, store.OpenSnapshot().Count);
    }

    [Fact]
    public void A_committed_batch_cannot_be_used_again()
    {
        using IQuadStore store = NewStore();
        IQuadWriteBatch batch = store.BeginWrite();
        batch.Commit();

        Assert.Throws<ObjectDisposedException>(() => batch.Add(Q("a", "p", "b")));
    }

    [Fact]
    public void A_literal_subject_is_rejected()
    {
        using IQuadStore store = NewStore();
        using IQuadWriteBatch batch = store.BeginWrite();

        Assert.Throws<ArgumentException>(() => batch.Add(new Quad(Literal.Simple("x"), I("p"), I("o"), null)));
    }

    [Fact]
    public void Language_tags_differing_only_in_case_are_the_same_term()
    {
        using IQuadStore store = NewStore();
        Write(store, b =>
        {
            b.Add(new Quad(I("s"), I("p"), Literal.LanguageTagged("chat", "EN-gb"), null));
            b.Add(new Quad(I("s"), I("p"), Literal.LanguageTagged("chat", "en-GB"), null));
        });

        IDatasetSnapshot snapshot = store.OpenSnapshot();
        Assert.Equal(1, snapshot.Count);
        Assert.True(snapshot.Contains(new Quad(I("s"), I("p"), Literal.LanguageTagged("chat", "en-gb"), null)));
    }

    [Fact]
    public void Loading_a_sequence_with_repeats_commits_it_once_and_reports_the_set_size()
    {
        using IQuadStore store = NewStore();

        long count = store.Load([Q("a", "p", "b"), Q("a", "p", "b"), Q("a", "p", "b", "g")]);

        Assert.Equal(2, count);
        Assert.Equal(2, store.OpenSnapshot().Count);
    }

    [Fact]
    public void Named_graphs_lists_exactly_the_graphs_that_hold_quads()
    {
        using IQuadStore store = NewStore();
        Write(store, b => { b.Add(Q("a", "p", "b", "g1")); b.Add(Q("a", "p", "b", "g2")); b.Add(Q("a", "p", "b")); });
        Write(store, b => b.Remove(Q("a", "p", "b", "g2")));
        Write(store, b => b.Add(new Quad(I("a"), I("p"), I("b"), new BlankNode("bg"))));

        Assert.Equal(new HashSet<Term> { I("g1"), new BlankNode("bg") }, store.OpenSnapshot().NamedGraphs.ToHashSet());
    }
}
