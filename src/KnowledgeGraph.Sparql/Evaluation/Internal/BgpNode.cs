using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// A basic graph pattern as an index nested-loop join in a fixed pattern order: each pattern is looked up with every
/// position that is a constant or already bound (by the parent or earlier patterns) filled in.
/// </summary>
internal sealed class BgpNode : PlanNode
{
    private readonly CompiledTriple[] _patterns;
    private readonly bool _unsatisfiable;

    /// <param name="context">The execution.</param>
    /// <param name="patterns">The patterns in evaluation order.</param>
    /// <param name="unsatisfiable">Whether a constant is unknown to the store, so nothing can match.</param>
    public BgpNode(QueryContext context, CompiledTriple[] patterns, bool unsatisfiable)
        : base(context)
    {
        _patterns = patterns;
        _unsatisfiable = unsatisfiable;
    }

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph) =>
        _unsatisfiable ? [] : Level(0, parent, graph);

    private IEnumerable<TermId[]> Level(int index, TermId[] row, GraphSelector graph)
    {
        if (index == _patterns.Length)
        {
            yield return row;
            yield break;
        }
        CompiledTriple pattern = _patterns[index];
        TermId? s = pattern.Subject.Resolve(row), p = pattern.Predicate.Resolve(row), o = pattern.Object.Resolve(row);
        foreach (QuadIds quad in Context.Match(graph, s, p, o))
        {
            Context.Tick();
            TermId[]? next = Bind(row, pattern, quad);
            if (next is null)
            {
                continue;
            }
            foreach (TermId[] result in Level(index + 1, next, graph))
            {
                yield return result;
            }
        }
    }

    private static TermId[]? Bind(TermId[] row, CompiledTriple pattern, QuadIds quad)
    {
        TermId[]? next = null;
        return TryBind(row, ref next, pattern.Subject, quad.Subject)
            && TryBind(row, ref next, pattern.Predicate, quad.Predicate)
            && TryBind(row, ref next, pattern.Object, quad.Object)
            ? next ?? row
            : null;
    }

    // A variable repeated in one pattern (?x :p ?x) is bound by its first position and checked by the next.
    private static bool TryBind(TermId[] row, ref TermId[]? next, CompiledPosition position, TermId value)
    {
        if (position.Slot < 0)
        {
            return true;
        }
        TermId current = (next ?? row)[position.Slot];
        if (current.Value == 0)
        {
            next ??= (TermId[])row.Clone();
            next[position.Slot] = value;
            return true;
        }
        return current == value;
    }
}

/// <summary>A pattern position: a constant id or a variable slot.</summary>
internal readonly record struct CompiledPosition(TermId Constant, int Slot)
{
    public TermId? Resolve(TermId[] row)
    {
        if (Slot < 0)
        {
            return Constant;
        }
        TermId bound = row[Slot];
        return bound.Value == 0 ? null : bound;
    }
}

/// <summary>A triple pattern over ids.</summary>
internal readonly record struct CompiledTriple(CompiledPosition Subject, CompiledPosition Predicate, CompiledPosition Object);
