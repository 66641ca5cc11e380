using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>
/// The restrictions SHACL puts on queries it pre-binds (SHACL 1.0 §5.6.1): no MINUS, no VALUES, no SERVICE, no BIND
/// (or AS) of a pre-bound variable, and every sub-query projects $this. A query that breaks one makes the shapes
/// graph ill-formed.
/// </summary>
internal static class PreBindingRules
{
    /// <summary>What the query does that SHACL forbids, or null when it may be pre-bound.</summary>
    public static string? FindViolation(AlgebraOp query, IReadOnlySet<string> preBound) => Find(query, preBound, outermost: true);

    private static string? Find(AlgebraOp op, IReadOnlySet<string> preBound, bool outermost)
    {
        switch (op)
        {
            case MinusOp:
                return "MINUS is not allowed in a pre-bound query";
            case ServiceOp:
                return "SERVICE is not allowed in a pre-bound query";
            case TableOp table when table.Variables.Count > 0:
                return "VALUES is not allowed in a pre-bound query";
            case ExtendOp extend when preBound.Contains(extend.Variable):
                return $"a pre-bound variable (${extend.Variable}) may not be assigned by BIND or AS";
            case ProjectOp project when !outermost && !project.Variables.Contains("this"):
                return "a sub-query must project $this";
        }
        // Wrappers above the outermost projection keep it outermost; everything under a projection is a sub-query.
        bool childOutermost = outermost && op is DistinctOp or ReducedOp or SliceOp or OrderByOp;
        foreach (AlgebraOp child in Children(op))
        {
            if (Find(child, preBound, childOutermost) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static IEnumerable<AlgebraOp> Children(AlgebraOp op) => op switch
    {
        JoinOp j => [j.Left, j.Right],
        LeftJoinOp lj => [lj.Left, lj.Right],
        AntiJoinOp aj => [aj.Left, aj.Right],
        FilterOp f => [f.Input],
        UnionOp u => [u.Left, u.Right],
        GraphOp g => [g.Input],
        ExtendOp e => [e.Input],
        MinusOp m => [m.Left, m.Right],
        GroupOp g => [g.Input],
        OrderByOp o => [o.Input],
        ProjectOp p => [p.Input],
        DistinctOp d => [d.Input],
        ReducedOp r => [r.Input],
        SliceOp s => [s.Input],
        ServiceOp s => [s.Input],
        _ => [],
    };
}
