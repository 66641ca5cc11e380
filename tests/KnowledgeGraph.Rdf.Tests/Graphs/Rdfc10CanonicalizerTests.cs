using System.Security.Cryptography;
using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Graphs.Internal;
using KnowledgeGraph.Rdf.Terms;
using static KnowledgeGraph.Rdf.Tests.Graphs.GraphBuilders;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

/// <summary>Expected values are the worked examples of the RDFC-1.0 specification and its test suite.</summary>
public class Rdfc10CanonicalizerTests
{
    private static Iri Ex(string local) => new("http://example.com/#" + local);

    private static List<Quad> UniqueHashesExample() =>
    [
        new(Ex("p"), Ex("q"), B("e0"), null),
        new(Ex("p"), Ex("r"), B("e1"), null),
        new(B("e0"), Ex("s"), Ex("u"), null),
        new(B("e1"), Ex("t"), Ex("u"), null),
    ];

    private static List<Quad> SharedHashesExample() =>
    [
        new(Ex("p"), Ex("q"), B("e0"), null),
        new(Ex("p"), Ex("q"), B("e1"), null),
        new(B("e0"), Ex("p"), B("e2"), null),
        new(B("e1"), Ex("p"), B("e3"), null),
        new(B("e2"), Ex("r"), B("e3"), null),
    ];

    [Fact]
    public void Unique_first_degree_hashes_issue_identifiers_in_hash_order()
    {
        IReadOnlyDictionary<string, string> issued = Rdfc10Canonicalizer.IssueIdentifiers(UniqueHashesExample());

        Assert.Equal("c14n0", issued["e0"]); // first-degree hash 21d1dd5b... sorts before e1's 6fa0b9bd...
        Assert.Equal("c14n1", issued["e1"]);
    }

    [Fact]
    public void Shared_first_degree_hashes_are_resolved_as_in_the_specification_example()
    {
        IReadOnlyDictionary<string, string> issued = Rdfc10Canonicalizer.IssueIdentifiers(SharedHashesExample());

        Assert.Equal(new Dictionary<string, string> { ["e2"] = "c14n0", ["e3"] = "c14n1", ["e1"] = "c14n2", ["e0"] = "c14n3" }, issued);
    }

    [Fact]
    public void The_shared_hashes_example_serialises_to_sorted_canonical_n_quads()
    {
        string expected =
            "<http://example.com/#p> <http://example.com/#q> _:c14n2 .\n" +
            "<http://example.com/#p> <http://example.com/#q> _:c14n3 .\n" +
            "_:c14n0 <http://example.com/#r> _:c14n1 .\n" +
            "_:c14n2 <http://example.com/#p> _:c14n1 .\n" +
            "_:c14n3 <http://example.com/#p> _:c14n0 .\n";

        Assert.Equal(expected, Rdfc10Canonicalizer.ToCanonicalNQuads(SharedHashesExample()));
    }

    [Fact]
    public void Canonicalising_the_test_suites_expected_output_075_after_relabelling_reproduces_it()
    {
        // rdfc10/test075-rdfc10.nq ("poison - evil (1)", SHA-384): two 3-regular blank-node graphs that need N-degree hashing.
        int[][] edges =
        [
            [0, 1], [0, 2], [0, 3], [1, 0], [1, 4], [1, 5], [10, 11], [10, 7], [10, 8], [11, 10], [11, 7], [11, 9],
            [2, 0], [2, 4], [2, 5], [3, 0], [3, 4], [3, 5], [4, 1], [4, 2], [4, 3], [5, 1], [5, 2], [5, 3],
            [6, 7], [6, 8], [6, 9], [7, 10], [7, 11], [7, 6], [8, 10], [8, 6], [8, 9], [9, 11], [9, 6], [9, 8],
        ];
        var p = new Iri("http://example.org/vocab#p");
        var canonical = edges.Select(e => new Quad(B("c14n" + e[0]), p, B("c14n" + e[1]), null)).ToList();
        string expected = string.Concat(canonical.Select(q => q + "\n"));

        Assert.Equal(expected, Rdfc10Canonicalizer.ToCanonicalNQuads(Relabel(canonical, seed: 42), hashAlgorithm: HashAlgorithmName.SHA384));
    }

    [Fact]
    public void First_degree_hashes_match_the_specification()
    {
        Assert.Equal("21d1dd5ba21f3dee9d76c0c00c260fa6f5d5d65315099e553026f4828d0dc77a", FirstDegreeHash(UniqueHashesExample(), "e0"));
        Assert.Equal("6fa0b9bdb376852b5743ff39ca4cbf7ea14d34966b2828478fbf222e7c764473", FirstDegreeHash(UniqueHashesExample(), "e1"));
        Assert.Equal("3b26142829b8887d011d779079a243bd61ab53c3990d550320a17b59ade6ba36", FirstDegreeHash(SharedHashesExample(), "e0"));
        Assert.Equal("15973d39de079913dac841ac4fa8c4781c0febfba5e83e5c6e250869587f8659", FirstDegreeHash(SharedHashesExample(), "e2"));
        Assert.Equal("7e790a99273eed1dc57e43205d37ce232252c85b26ca4a6ff74ff3b5aea7bccd", FirstDegreeHash(SharedHashesExample(), "e3"));
    }

    [Fact]
    public void Literals_escape_only_quote_backslash_line_feed_and_carriage_return()
    {
        var quad = new Quad(B("x"), Ex("p"), Literal.Simple("a\"b\\c\nd\re\tf"), null);

        Assert.Equal("_:c14n0 <http://example.com/#p> \"a\\\"b\\\\c\\nd\\re\tf\" .\n", Rdfc10Canonicalizer.ToCanonicalNQuads([quad]));
    }

    [Fact]
    public void A_poison_dataset_stops_at_the_work_limit_instead_of_running_forever()
    {
        Assert.Throws<InvalidOperationException>(() => Rdfc10Canonicalizer.Canonicalize(RooksGraph("r"), workLimit: 1000));
    }

    [Fact]
    public void Blank_nodes_inside_triple_terms_are_rejected()
    {
        var quad = new Quad(B("r"), Ex("p"), new TripleTerm(new Triple(B("a"), Ex("q"), Ex("o"))), null);

        Assert.Throws<ArgumentException>(() => Rdfc10Canonicalizer.Canonicalize([quad]));
    }

    [Property(MaxTest = 150)]
    public void A_randomly_relabelled_copy_gets_the_same_rdfc10_text(byte[] script, int seed)
    {
        List<Quad> dataset = FromScript(script).Where(q => q.Object is not TripleTerm).ToList();

        Assert.Equal(Rdfc10Canonicalizer.ToCanonicalNQuads(dataset), Rdfc10Canonicalizer.ToCanonicalNQuads(Relabel(dataset, seed)));
    }

    [Property(MaxTest = 150)]
    public void Rdfc10_output_is_isomorphic_to_its_input(byte[] script)
    {
        List<Quad> dataset = FromScript(script).Where(q => q.Object is not TripleTerm).ToList();

        Assert.True(Isomorphism.AreIsomorphic(dataset, Rdfc10Canonicalizer.Canonicalize(dataset)));
    }

    private static string FirstDegreeHash(List<Quad> quads, string label)
    {
        return Rdfc10Algorithm.FirstDegreeHashOf(quads, label);
    }
}
