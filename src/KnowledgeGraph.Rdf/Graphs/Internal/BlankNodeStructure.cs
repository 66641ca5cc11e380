using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// The distinct quads of a dataset split into ground quads and quads mentioning blank nodes; the latter are
/// flattened into token arrays (a blank node index, or a ground-term hash) for colour refinement. Blank nodes nested
/// in RDF 1.2 triple terms are included; the default graph is a ground token of its own.
/// </summary>
internal sealed class BlankNodeStructure
{
    private const string DefaultGraphToken = "\u0000default";
    private const string OpenTripleToken = "\u0000<<(";
    private const string CloseTripleToken = "\u0000)>>";

    private BlankNodeStructure(
        List<Quad> groundQuads, List<Quad> blankQuads, List<BlankNode> nodes, int[][] statements, ulong[] groundHashes, int[][] nodeStatements)
    {
        GroundQuads = groundQuads;
        BlankQuads = blankQuads;
        Nodes = nodes;
        Statements = statements;
        GroundHashes = groundHashes;
        NodeStatements = nodeStatements;
    }

    /// <summary>Distinct quads without blank nodes.</summary>
    public List<Quad> GroundQuads { get; }

    /// <summary>Distinct quads with at least one blank node, parallel to <see cref="Statements"/>.</summary>
    public List<Quad> BlankQuads { get; }

    /// <summary>The blank nodes, by index.</summary>
    public List<BlankNode> Nodes { get; }

    /// <summary>Each blank quad as tokens: a value <c>&gt;= 0</c> is a node index, <c>~i</c> is ground hash <c>i</c>.</summary>
    public int[][] Statements { get; }

    /// <summary>Hashes of ground tokens.</summary>
    public ulong[] GroundHashes { get; }

    /// <summary>For each node, the indices of the statements that mention it (once each).</summary>
    public int[][] NodeStatements { get; }

    /// <summary>The number of blank nodes.</summary>
    public int NodeCount => Nodes.Count;

    public static BlankNodeStructure Build(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var ground = new List<Quad>();
        var withBlanks = new List<Quad>();
        foreach (Quad quad in quads.Distinct())
        {
            (MentionsBlank(quad) ? withBlanks : ground).Add(quad);
        }

        var nodeIndex = new Dictionary<BlankNode, int>();
        var nodes = new List<BlankNode>();
        var groundIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var groundTerms = new Dictionary<Term, int>();
        var groundHashes = new List<ulong>();
        var statements = new int[withBlanks.Count][];
        var tokens = new List<int>();
        for (int i = 0; i < withBlanks.Count; i++)
        {
            tokens.Clear();
            Quad quad = withBlanks[i];
            Flatten(quad.Subject);
            Flatten(quad.Predicate);
            Flatten(quad.Object);
            if (quad.Graph is null)
            {
                tokens.Add(Ground(DefaultGraphToken));
            }
            else
            {
                Flatten(quad.Graph);
            }
            statements[i] = [.. tokens];
        }

        var perNode = new List<int>[nodes.Count];
        for (int n = 0; n < perNode.Length; n++)
        {
            perNode[n] = [];
        }
        for (int i = 0; i < statements.Length; i++)
        {
            foreach (int token in statements[i])
            {
                if (token >= 0 && (perNode[token].Count == 0 || perNode[token][^1] != i))
                {
                    perNode[token].Add(i);
                }
            }
        }
        return new BlankNodeStructure(ground, withBlanks, nodes, statements, [.. groundHashes], [.. perNode.Select(static l => l.ToArray())]);

        void Flatten(Term term)
        {
            switch (term)
            {
                case BlankNode blank:
                    if (!nodeIndex.TryGetValue(blank, out int index))
                    {
                        index = nodes.Count;
                        nodeIndex[blank] = index;
                        nodes.Add(blank);
                    }
                    tokens.Add(index);
                    break;
                case TripleTerm tripleTerm when MentionsBlank(tripleTerm):
                    tokens.Add(Ground(OpenTripleToken));
                    Flatten(tripleTerm.Triple.Subject);
                    Flatten(tripleTerm.Triple.Predicate);
                    Flatten(tripleTerm.Triple.Object);
                    tokens.Add(Ground(CloseTripleToken));
                    break;
                case Literal { HasLanguage: true } tagged:
                    // Language tags compare case-insensitively (RDF term equality), so the key must not see their case.
                    tokens.Add(Ground(new Literal(tagged.LexicalForm, tagged.Datatype, tagged.Language.ToLowerInvariant(), tagged.Direction).ToString()));
                    break;
                default:
                    tokens.Add(GroundTerm(term));
                    break;
            }
        }

        int Ground(string text)
        {
            if (!groundIndex.TryGetValue(text, out int index))
            {
                index = groundHashes.Count;
                groundIndex[text] = index;
                groundHashes.Add(StableHash.OfString(text));
            }
            return ~index;
        }

        // Terms repeat far more often than they differ, so each distinct term is formatted and hashed once.
        int GroundTerm(Term term)
        {
            if (!groundTerms.TryGetValue(term, out int token))
            {
                token = Ground(term.ToString());
                groundTerms[term] = token;
            }
            return token;
        }
    }

    /// <summary>Whether a quad mentions a blank node anywhere, including inside triple terms.</summary>
    public static bool MentionsBlank(Quad quad) =>
        MentionsBlank(quad.Subject) || MentionsBlank(quad.Object) || (quad.Graph is not null && MentionsBlank(quad.Graph));

    /// <summary>Whether a term is or contains a blank node.</summary>
    public static bool MentionsBlank(Term term) => term switch
    {
        BlankNode => true,
        TripleTerm t => MentionsBlank(t.Triple.Subject) || MentionsBlank(t.Triple.Object),
        _ => false,
    };

    /// <summary>The blank nodes a quad mentions, in position order, including those inside triple terms.</summary>
    public static IEnumerable<BlankNode> BlankNodesIn(Quad quad) =>
        BlankNodesIn(quad.Subject).Concat(BlankNodesIn(quad.Object)).Concat(quad.Graph is null ? [] : BlankNodesIn(quad.Graph));

    private static IEnumerable<BlankNode> BlankNodesIn(Term term) => term switch
    {
        BlankNode blank => [blank],
        TripleTerm t => BlankNodesIn(t.Triple.Subject).Concat(BlankNodesIn(t.Triple.Object)),
        _ => [],
    };

    /// <summary>A quad with every blank node replaced through <paramref name="rename"/>.</summary>
    public static Quad Rename(Quad quad, Func<BlankNode, BlankNode> rename) => new(
        Rename(quad.Subject, rename), quad.Predicate, Rename(quad.Object, rename), quad.Graph is null ? null : Rename(quad.Graph, rename));

    private static Term Rename(Term term, Func<BlankNode, BlankNode> rename) => term switch
    {
        BlankNode blank => rename(blank),
        TripleTerm t when MentionsBlank(t) => new TripleTerm(new Triple(Rename(t.Triple.Subject, rename), t.Triple.Predicate, Rename(t.Triple.Object, rename))),
        _ => term,
    };
}
