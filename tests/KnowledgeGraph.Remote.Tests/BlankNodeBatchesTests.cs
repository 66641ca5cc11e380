using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote.Tests;

public sealed class BlankNodeBatchesTests
{
    private static readonly Iri P = new("http://example.org/p");

    [Fact]
    public void Batches_hold_every_triple_once_and_never_split_a_blank_node()
    {
        var triples = new List<Triple>();
        for (int i = 0; i < 20; i++)
        {
            triples.Add(new Triple(new Iri($"http://example.org/s{i}"), P, new BlankNode($"b{i % 5}")));
            triples.Add(new Triple(new BlankNode($"b{i % 5}"), P, Literal.Simple(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        // b0 and b1 are joined through a third node, so all three must travel together.
        triples.Add(new Triple(new BlankNode("b0"), P, new BlankNode("x")));
        triples.Add(new Triple(new BlankNode("x"), P, new BlankNode("b1")));
        triples.AddRange(Enumerable.Range(0, 7).Select(i => new Triple(new Iri($"http://example.org/t{i}"), P, new Iri("http://example.org/o"))));

        List<List<Triple>> batches = BlankNodeBatches.Cut(triples, batchSize: 4);

        Assert.Equal(triples.OrderBy(static t => t.ToString()), batches.SelectMany(static b => b).OrderBy(static t => t.ToString()));
        var home = new Dictionary<BlankNode, int>();
        for (int i = 0; i < batches.Count; i++)
        {
            foreach (BlankNode node in batches[i].SelectMany(static t => new[] { t.Subject, t.Object }).OfType<BlankNode>())
            {
                Assert.Equal(i, home.TryAdd(node, i) ? i : home[node]);
            }
        }
        Assert.Equal(home[new BlankNode("b0")], home[new BlankNode("b1")]);
        Assert.True(batches.Count > 3, $"{batches.Count} batches");
        // Batches without blank nodes respect the size.
        Assert.All(batches.Where(static b => !b.Any(static t => t.Subject is BlankNode || t.Object is BlankNode)), static b => Assert.True(b.Count <= 4));
    }
}
