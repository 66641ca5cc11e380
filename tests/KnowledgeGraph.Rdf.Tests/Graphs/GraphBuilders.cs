using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Tests.Graphs;

/// <summary>Small datasets, including regular ones where every blank node looks alike to colour refinement.</summary>
internal static class GraphBuilders
{
    public static readonly Iri P = new("http://example.org/p");
    public static readonly Iri Q = new("http://example.org/q");

    public static BlankNode B(string label) => new(label);

    public static Iri I(string local) => new("http://example.org/" + local);

    /// <summary>Directed cycles of the given lengths over blank nodes labelled with <paramref name="prefix"/>.</summary>
    public static List<Quad> Cycles(string prefix, params int[] lengths)
    {
        var quads = new List<Quad>();
        int offset = 0;
        foreach (int length in lengths)
        {
            for (int i = 0; i < length; i++)
            {
                quads.Add(new Quad(B(prefix + (offset + i)), P, B(prefix + (offset + ((i + 1) % length))), null));
            }
            offset += length;
        }
        return quads;
    }

    /// <summary>An undirected graph on blank nodes, each edge written in both directions.</summary>
    public static List<Quad> Undirected(string prefix, IEnumerable<(int From, int To)> edges) =>
        [.. edges.SelectMany(e => new[]
        {
            new Quad(B(prefix + e.From), P, B(prefix + e.To), null),
            new Quad(B(prefix + e.To), P, B(prefix + e.From), null),
        })];

    /// <summary>The 4x4 rook's graph: strongly regular (16, 6, 2, 2).</summary>
    public static List<Quad> RooksGraph(string prefix)
    {
        var edges = new List<(int, int)>();
        for (int u = 0; u < 16; u++)
        {
            for (int v = u + 1; v < 16; v++)
            {
                if (u / 4 == v / 4 || u % 4 == v % 4)
                {
                    edges.Add((u, v));
                }
            }
        }
        return Undirected(prefix, edges);
    }

    /// <summary>The Shrikhande graph: also strongly regular (16, 6, 2, 2) but not isomorphic to the rook's graph.</summary>
    public static List<Quad> ShrikhandeGraph(string prefix)
    {
        (int, int)[] steps = [(0, 1), (1, 0), (1, 1), (0, 3), (3, 0), (3, 3)];
        var edges = new List<(int, int)>();
        for (int u = 0; u < 16; u++)
        {
            for (int v = u + 1; v < 16; v++)
            {
                int da = ((v / 4) - (u / 4) + 4) % 4, db = ((v % 4) - (u % 4) + 4) % 4;
                if (steps.Contains((da, db)))
                {
                    edges.Add((u, v));
                }
            }
        }
        return Undirected(prefix, edges);
    }

    /// <summary>A copy with blank nodes renamed by a random permutation of labels and the statements shuffled.</summary>
    public static List<Quad> Relabel(IEnumerable<Quad> quads, int seed)
    {
        var random = new Random(seed);
        var list = quads.ToList();
        var nodes = list.SelectMany(Blanks).Distinct().ToList();
        var labels = nodes.Select((_, i) => "r" + i).OrderBy(_ => random.Next()).ToList();
        var rename = nodes.Select((n, i) => (n, new BlankNode(labels[i]))).ToDictionary(x => x.n, x => x.Item2);
        return [.. list.Select(q => Map(q, rename)).OrderBy(_ => random.Next())];
    }

    public static IEnumerable<BlankNode> Blanks(Quad quad) =>
        new[] { quad.Subject, quad.Object, quad.Graph }.SelectMany(BlanksIn);

    private static IEnumerable<BlankNode> BlanksIn(Term? term) => term switch
    {
        BlankNode b => [b],
        TripleTerm t => BlanksIn(t.Triple.Subject).Concat(BlanksIn(t.Triple.Object)),
        _ => [],
    };

    private static Quad Map(Quad quad, Dictionary<BlankNode, BlankNode> rename) =>
        new(Map(quad.Subject, rename), quad.Predicate, Map(quad.Object, rename), quad.Graph is null ? null : Map(quad.Graph, rename));

    private static Term Map(Term term, Dictionary<BlankNode, BlankNode> rename) => term switch
    {
        BlankNode b => rename[b],
        TripleTerm t => new TripleTerm(new Triple(Map(t.Triple.Subject, rename), t.Triple.Predicate, Map(t.Triple.Object, rename))),
        _ => term,
    };

    /// <summary>A random dataset over a small universe from a byte script, with blank nodes in every position.</summary>
    public static List<Quad> FromScript(byte[] script)
    {
        Term[] subjects = [B("a"), B("b"), B("c"), B("d"), I("s")];
        Iri[] predicates = [P, Q];
        Term[] objects = [B("a"), B("b"), B("c"), B("d"), I("o"), Literal.Simple("x"), Literal.LanguageTagged("x", "en")];
        Term?[] graphs = [null, null, I("g"), B("a"), B("e")];
        var quads = new List<Quad>();
        for (int i = 0; i + 1 < script.Length; i += 2)
        {
            int x = script[i], y = script[i + 1];
            Term obj = y % 11 == 10 ? new TripleTerm(new Triple(subjects[x % 5], P, objects[y % 7])) : objects[y % 7];
            quads.Add(new Quad(subjects[x % 5], predicates[x / 5 % 2], obj, graphs[y / 7 % 5]));
        }
        return quads;
    }
}
