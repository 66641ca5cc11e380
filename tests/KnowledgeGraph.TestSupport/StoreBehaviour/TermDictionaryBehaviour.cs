using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.TestSupport.StoreBehaviour;

public abstract class TermDictionaryBehaviour : StoreBehaviour
{
    public static TheoryData<Term> Terms() =>
    [
        new Iri("http://example.org/é/ü?q=1#frag"),
        new BlankNode("node42"),
        Literal.Simple(""),
        Literal.Simple("line\nbreak \"quoted\" 😀"),
        Literal.LanguageTagged("bonjour", "fr"),
        Literal.LanguageTagged("مرحبا", "ar", BaseDirection.Rtl),
        Literal.Typed("42", Xsd.Integer),
        Literal.Typed("<a/>", RdfVocab.XmlLiteral),
        new TripleTerm(new Triple(new BlankNode("x"), new Iri("http://example.org/p"), Literal.LanguageTagged("y", "en", BaseDirection.Ltr))),
    ];

    [Theory]
    [MemberData(nameof(Terms), MemberType = typeof(TermDictionaryBehaviour))]
    public void A_stored_term_comes_back_equal_by_id_and_by_match(Term term)
    {
        using IQuadStore store = NewStore();
        var quad = new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), term, null);
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            batch.Add(quad);
            batch.Commit();
        }

        IDatasetSnapshot snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryGetTermId(term, out TermId id));
        Assert.Equal(term, snapshot.GetTerm(id));
        Assert.Equal([quad], snapshot.Match(QuadPattern.InAllGraphs(obj: term)));
    }

    [Fact]
    public void A_term_larger_than_an_arena_chunk_is_stored_whole()
    {
        A_stored_term_comes_back_equal_by_id_and_by_match(Literal.Simple(new string('z', 3_000_000)));
    }

    [Fact]
    public void Equal_terms_get_one_id_and_different_terms_different_ids()
    {
        using IQuadStore store = NewStore();
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            for (int i = 0; i < 20_000; i++)
            {
                batch.Add(new Quad(new Iri($"http://example.org/s{i}"), new Iri("http://example.org/p"), Literal.Simple($"v{i % 7000}"), null));
            }
            batch.Commit();
        }

        IDatasetSnapshot snapshot = store.OpenSnapshot();
        var ids = new HashSet<TermId>();
        for (int i = 0; i < 20_000; i++)
        {
            Assert.True(snapshot.TryGetTermId(new Iri($"http://example.org/s{i}"), out TermId id));
            Assert.True(ids.Add(id));
            Assert.Equal(new Iri($"http://example.org/s{i}"), snapshot.GetTerm(id));
        }
        var literalIds = Enumerable.Range(0, 7000)
            .Select(i => snapshot.TryGetTermId(Literal.Simple($"v{i}"), out TermId id) ? id : throw new InvalidOperationException($"v{i} has no id"))
            .ToHashSet();
        Assert.Equal(7000, literalIds.Count);
        Assert.False(literalIds.Overlaps(ids));
    }

    [Fact]
    public void An_unknown_term_has_no_id()
    {
        using IQuadStore store = NewStore();

        Assert.False(store.OpenSnapshot().TryGetTermId(Literal.Typed("1", new Iri("http://example.org/never")), out _));
    }

    [Fact]
    public void The_default_graph_id_is_no_terms_id()
    {
        using IQuadStore store = NewStore();

        Assert.Throws<ArgumentOutOfRangeException>(() => store.OpenSnapshot().GetTerm(TermId.DefaultGraph));
    }
}
