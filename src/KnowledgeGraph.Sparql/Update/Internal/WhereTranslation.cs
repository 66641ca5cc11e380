using KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>Translates the WHERE clause of DELETE/INSERT into algebra.</summary>
internal static class WhereTranslation
{
    // TEMPORARY until the general translator (Translation/) is merged: only triple blocks and GRAPH groups.
    public static AlgebraOp Translate(S.GroupPattern where)
    {
        var blocks = new List<S.QuadsBlock>();
        Collect(where, null, blocks);
        return WherePatterns.FromQuadBlocks(blocks);
    }

    private static void Collect(S.GroupPattern group, S.PatternNode? graph, List<S.QuadsBlock> blocks)
    {
        foreach (S.GraphPattern element in group.Elements)
        {
            switch (element)
            {
                case S.TriplesBlockPattern triples:
                    blocks.Add(new S.QuadsBlock(graph, new S.SyntaxList<S.TriplePattern>(triples.Triples.Select(t =>
                        t as S.TriplePattern ?? throw new NotSupportedException("Property paths in WHERE need the algebra translator.")).ToList())));
                    break;
                case S.NamedGraphPattern named when graph is null:
                    Collect(named.Pattern, named.Graph, blocks);
                    break;
                case S.GroupPattern inner:
                    Collect(inner, graph, blocks);
                    break;
                default:
                    throw new NotSupportedException($"{element.GetType().Name} in WHERE needs the algebra translator.");
            }
        }
    }
}
