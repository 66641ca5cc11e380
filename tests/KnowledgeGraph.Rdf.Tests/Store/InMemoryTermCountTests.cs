using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Tests.Store;

public class InMemoryTermCountTests
{
    [Fact]
    public void The_term_count_counts_each_distinct_term_once()
    {
        using var store = new InMemoryQuadStore();
        using (IQuadWriteBatch batch = store.BeginWrite())
        {
            for (int i = 0; i < 2000; i++)
            {
                batch.Add(new Quad(new Iri($"http://example.org/s{i}"), new Iri("http://example.org/p"), Literal.Simple($"v{i % 700}"), null));
            }
            batch.Commit();
        }

        Assert.Equal(2000 + 1 + 700, store.TermCount);
    }
}
