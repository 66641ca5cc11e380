namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>
/// Colour refinement (1-dimensional Weisfeiler-Leman) of blank nodes: a node's next colour hashes its colour with
/// the sorted multiset of its statements' signatures, where a signature hashes the statement's tokens with the node
/// itself marked, other blank nodes by colour and ground terms by their text. Colours are <see cref="StableHash"/>
/// values, so they are comparable between two datasets refined for the same number of rounds.
/// </summary>
internal static class ColourRefinement
{
    private const ulong SelfMarker = 0x5e1f5e1f5e1f5e1fUL;
    private const ulong IndividualMarker = 0x1d1d1d1d1d1d1d1dUL;

    /// <summary>The colours every node starts with.</summary>
    public static ulong[] Initial(BlankNodeStructure structure)
    {
        var colours = new ulong[structure.NodeCount];
        Array.Fill(colours, 0x0123456789abcdefUL);
        return colours;
    }

    /// <summary>Gives one node a colour no other node can reach by refinement alone.</summary>
    public static void Individualize(ulong[] colours, int node) => colours[node] = StableHash.Mix(colours[node], IndividualMarker);

    /// <summary>Individualises several nodes of one cell at once, the <paramref name="index"/>-th getting its own colour.</summary>
    public static void Individualize(ulong[] colours, int node, int index) =>
        colours[node] = StableHash.Mix(StableHash.Mix(colours[node], IndividualMarker), (ulong)index);

    /// <summary>One refinement round.</summary>
    public static ulong[] Round(BlankNodeStructure structure, ulong[] colours)
    {
        var next = new ulong[colours.Length];
        var signatures = new List<ulong>();
        for (int node = 0; node < colours.Length; node++)
        {
            signatures.Clear();
            foreach (int statement in structure.NodeStatements[node])
            {
                ulong signature = 17;
                foreach (int token in structure.Statements[statement])
                {
                    ulong value = token < 0 ? structure.GroundHashes[~token] : token == node ? SelfMarker : colours[token];
                    signature = StableHash.Mix(signature, value);
                }
                signatures.Add(signature);
            }
            signatures.Sort();
            ulong colour = colours[node];
            foreach (ulong signature in signatures)
            {
                colour = StableHash.Mix(colour, signature);
            }
            next[node] = StableHash.Mix(colour, (ulong)signatures.Count);
        }
        return next;
    }

    /// <summary>Refines until the number of colour classes stops growing.</summary>
    public static ulong[] Refine(BlankNodeStructure structure, ulong[] colours)
    {
        int classes = CountDistinct(colours);
        while (true)
        {
            ulong[] next = Round(structure, colours);
            int nextClasses = CountDistinct(next);
            colours = next;
            if (nextClasses == classes)
            {
                return colours;
            }
            classes = nextClasses;
        }
    }

    /// <summary>The number of distinct colours.</summary>
    public static int CountDistinct(ulong[] colours) => new HashSet<ulong>(colours).Count;

    /// <summary>
    /// The cell to branch on: the smallest colour class with more than one node (ties: smallest colour), or null
    /// when every node has its own colour. Both choices depend only on colours, so they are isomorphism-invariant.
    /// </summary>
    public static ulong? TargetCell(ulong[] colours)
    {
        var sizes = new Dictionary<ulong, int>();
        foreach (ulong colour in colours)
        {
            sizes[colour] = sizes.GetValueOrDefault(colour) + 1;
        }
        ulong? best = null;
        int bestSize = int.MaxValue;
        foreach ((ulong colour, int size) in sizes)
        {
            if (size > 1 && (size < bestSize || (size == bestSize && colour < best)))
            {
                best = colour;
                bestSize = size;
            }
        }
        return best;
    }
}
