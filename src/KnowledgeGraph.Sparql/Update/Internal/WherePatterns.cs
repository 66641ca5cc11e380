using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>Builds the algebra for the WHERE side of DELETE WHERE, whose pattern is its own template.</summary>
internal static class WherePatterns
{
    /// <summary>
    /// The quad blocks of DELETE WHERE as a join of basic graph patterns, each GRAPH block wrapped in a graph
    /// operator. The grammar allows nothing else there (no paths, filters or blank nodes), so no general translator
    /// is needed.
    /// </summary>
    public static AlgebraOp FromQuadBlocks(IEnumerable<S.QuadsBlock> blocks)
    {
        AlgebraOp? result = null;
        var defaultTriples = new List<TriplePattern>();
        foreach (S.QuadsBlock block in blocks)
        {
            var triples = block.Triples.Select(Pattern).ToList();
            if (block.Graph is null)
            {
                defaultTriples.AddRange(triples);
                continue;
            }
            result = JoinWith(result, new GraphOp(Term(block.Graph), new BgpOp(triples)));
        }
        return defaultTriples.Count > 0 || result is null
            ? JoinWith(result, new BgpOp(defaultTriples))
            : result;
    }

    private static AlgebraOp JoinWith(AlgebraOp? left, AlgebraOp right) => left is null ? right : new JoinOp(left, right);

    private static TriplePattern Pattern(S.TriplePattern triple) =>
        new(Term(triple.Subject), Term(triple.Predicate), Term(triple.Object));

    private static PatternTerm Term(S.PatternNode node) => node switch
    {
        S.VariableNode variable => PatternTerm.Var(variable.Name),
        S.TermNode term => PatternTerm.Of(term.Term),
        _ => throw new NotSupportedException($"Unexpected pattern node {node.GetType().Name}."),
    };
}
