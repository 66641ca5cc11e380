using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Internal;
using KnowledgeGraph.Sparql.Optimization;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Turns algebra into <see cref="PlanNode"/>s for one execution. It tracks the variables a node's parent row may bind
/// (<c>incoming</c>) to decide, per operator, whether pushing those bindings in keeps the meaning; where it would not
/// (a FILTER or BIND reading a variable its own pattern does not always bind, OPTIONAL/MINUS right sides, grouping,
/// slicing...) the operator is evaluated in isolation and joined. In substitution mode (EXISTS patterns) bindings are
/// pushed into filters too, which is the spec's substitute-then-evaluate definition of EXISTS.
/// </summary>
internal sealed class PlanCompiler
{
    private static readonly HashSet<string> Nothing = new(StringComparer.Ordinal);
    private readonly QueryContext _context;
    private readonly bool _substitute;
    private readonly ExpressionCompiler _expressions;
    private readonly PathEvaluator _paths;

    public PlanCompiler(QueryContext context)
        : this(context, substitute: false, paths: new PathEvaluator(context))
    {
    }

    private PlanCompiler(QueryContext context, bool substitute, PathEvaluator paths)
    {
        _context = context;
        _substitute = substitute;
        _paths = paths;
        _expressions = new ExpressionCompiler(context, this);
    }

    public ExpressionCompiler Expressions => _expressions;

    public PlanNode Compile(AlgebraOp op) => Compile(op, Nothing);

    /// <summary>Compiles an EXISTS pattern, into which the current row is substituted at run time.</summary>
    public PlanNode CompileSubstituted(AlgebraOp op, HashSet<string> inScope) =>
        new PlanCompiler(_context, substitute: true, _paths).Compile(op, inScope);

    private PlanNode Compile(AlgebraOp op, HashSet<string> incoming)
    {
        switch (op)
        {
            case BgpOp bgp:
                return CompileBgp(bgp, incoming, null);
            case PathOp path:
                return new PathNode(_context, _paths, Position(path.Subject), path.Path, Position(path.Object), _substitute);
            case JoinOp join:
                return CompileJoin(join, incoming);
            case LeftJoinOp lj:
                return CompileLeftJoin(op, lj.Left, lj.Right, lj.Filter, anti: false, incoming);
            case AntiJoinOp aj:
                return CompileLeftJoin(op, aj.Left, aj.Right, aj.Filter, anti: true, incoming);
            case FilterOp filter:
            {
                if (!_substitute && Conflicts(incoming, VariableScope.Of(filter.Condition), VariableScope.Certain(filter.Input)))
                {
                    return Isolate(op);
                }
                PlanNode input = filter.Input is BgpOp bgp ? CompileBgp(bgp, incoming, filter.Condition) : Compile(filter.Input, incoming);
                Evaluator condition = _expressions.Compile(filter.Condition, Union(incoming, VariableScope.Maybe(filter.Input)));
                return new FilterNode(_context, input, condition, _expressions.StrictSlots(filter.Condition), _expressions);
            }
            case UnionOp union:
                return new UnionNode(_context, Compile(union.Left, incoming), Compile(union.Right, incoming));
            case GraphOp graph:
            {
                if (graph.Graph.Variable is { } name)
                {
                    PlanNode inner = Compile(graph.Input, Union(incoming, [name]));
                    return new GraphNode(_context, inner, default, _context.Slot(name));
                }
                return new GraphNode(_context, Compile(graph.Input, incoming), _context.Encode(graph.Graph.Term!), -1);
            }
            case ExtendOp extend:
            {
                if (!_substitute && Conflicts(incoming, VariableScope.Of(extend.Expression), VariableScope.Certain(extend.Input)))
                {
                    return Isolate(op);
                }
                PlanNode input = Compile(extend.Input, incoming);
                Evaluator value = _expressions.Compile(extend.Expression, Union(incoming, VariableScope.Maybe(extend.Input)));
                // sparql-query helper fix (bnode01): an extend directly over another extend continues its solution.
                return new ExtendNode(_context, input, _context.Slot(extend.Variable), value, _expressions.StrictSlots(extend.Expression), newSolution: extend.Input is not ExtendOp);
            }
            case MinusOp minus:
            {
                HashSet<string> leftCertain = VariableScope.Certain(minus.Left);
                if (!_substitute && Conflicts(incoming, VariableScope.Maybe(minus.Right), leftCertain))
                {
                    return Isolate(op);
                }
                PlanNode left = Compile(minus.Left, incoming);
                var right = new MaterializedSide(_context, Compile(minus.Right, Nothing), KeySlots(leftCertain, VariableScope.Certain(minus.Right)));
                return new MinusNode(_context, left, right);
            }
            case GroupOp group:
                return new IsolatedNode(_context, CompileGroup(group));
            case OrderByOp order:
            {
                PlanNode input = Compile(order.Input, Nothing);
                HashSet<string> scope = VariableScope.Maybe(order.Input);
                Evaluator[] keys = order.Conditions.Select(c => _expressions.Compile(c.Expression, scope)).ToArray();
                return new IsolatedNode(_context, new OrderByNode(_context, input, keys, order.Conditions.Select(static c => c.Descending).ToArray()));
            }
            case ProjectOp project:
            {
                var kept = new HashSet<string>(incoming, StringComparer.Ordinal);
                kept.IntersectWith(project.Variables);
                return new ProjectNode(_context, Compile(project.Input, kept), project.Variables.Select(_context.Slot).ToArray());
            }
            case DistinctOp distinct:
                return new IsolatedNode(_context, new DistinctNode(_context, Compile(distinct.Input, Nothing)));
            case ReducedOp reduced:
                return new IsolatedNode(_context, new ReducedNode(_context, Compile(reduced.Input, Nothing)));
            case SliceOp slice:
                return new IsolatedNode(_context, new SliceNode(_context, Compile(slice.Input, Nothing), slice.Offset, slice.Limit));
            case TableOp table:
                return CompileTable(table);
            case ServiceOp service:
                return new ServiceNode(_context, service.Silent, service.Endpoint.Term?.ToString() ?? "?" + service.Endpoint.Variable);
            default:
                throw new NotSupportedException($"Unknown algebra operator {op.GetType().Name}.");
        }
    }

    private PlanNode Isolate(AlgebraOp op) => new IsolatedNode(_context, Compile(op, Nothing));

    private PlanNode CompileJoin(JoinOp join, HashSet<string> incoming)
    {
        PlanNode left = Compile(join.Left, incoming);
        HashSet<string> leftScope = Union(incoming, VariableScope.Maybe(join.Left));
        PlanNode right = Compile(join.Right, leftScope);
        bool shares = VariableScope.Maybe(join.Right).Overlaps(leftScope);
        if (_substitute || (shares && right.PushFriendly))
        {
            return new NestedLoopJoinNode(_context, left, right);
        }
        // Disconnected or non-pushable right side: evaluate it once and probe it per left row.
        int[] keys = KeySlots(VariableScope.Certain(join.Left), VariableScope.Certain(join.Right));
        return new HashJoinNode(_context, left, new MaterializedSide(_context, Compile(join.Right, Nothing), keys));
    }

    private PlanNode CompileLeftJoin(AlgebraOp op, AlgebraOp leftOp, AlgebraOp rightOp, Expression? filter, bool anti, HashSet<string> incoming)
    {
        HashSet<string> leftCertain = VariableScope.Certain(leftOp);
        HashSet<string> rightMaybe = VariableScope.Maybe(rightOp);
        if (!_substitute)
        {
            HashSet<string> sensitive = Union(rightMaybe, filter is null ? Nothing : VariableScope.Of(filter));
            if (Conflicts(incoming, sensitive, leftCertain))
            {
                return Isolate(op);
            }
        }
        PlanNode left = Compile(leftOp, incoming);
        HashSet<string> leftScope = Union(incoming, VariableScope.Maybe(leftOp));
        Evaluator? condition = filter is null ? null : _expressions.Compile(filter, Union(leftScope, rightMaybe));
        int[] strictSlots = filter is null ? [] : _expressions.StrictSlots(filter);
        PlanNode right = Compile(rightOp, leftScope);
        if (_substitute || (rightMaybe.Overlaps(leftScope) && right.PushFriendly))
        {
            return new LeftJoinNode(_context, left, right, null, condition, strictSlots, _expressions, anti);
        }
        HashSet<string> rightCertain = VariableScope.Certain(rightOp);
        int[] keys = KeySlots(leftCertain, rightCertain);
        ValueKeyProbe? byValue = keys.Length == 0 ? ValueProbe(filter, leftScope, rightCertain, rightMaybe) : null;
        var materialized = new MaterializedSide(_context, Compile(rightOp, Nothing), keys, byValue);
        return new LeftJoinNode(_context, left, null, materialized, condition, strictSlots, _expressions, anti);
    }

    private PlanNode CompileGroup(GroupOp group)
    {
        PlanNode input = Compile(group.Input, Nothing);
        HashSet<string> scope = VariableScope.Maybe(group.Input);
        Evaluator[] keys = group.Keys.Select(k => _expressions.Compile(k.Expression, scope)).ToArray();
        int[] keySlots = group.Keys.Select(k => k.Variable is null ? -1 : _context.Slot(k.Variable)).ToArray();
        var aggregates = group.Aggregates
            .Select(a => (a.Aggregate, a.Aggregate.Argument is null ? null : _expressions.Compile(a.Aggregate.Argument, scope), _context.Slot(a.Variable)))
            .ToList();
        return new GroupNode(_context, input, keys, keySlots, aggregates);
    }

    private PlanNode CompileTable(TableOp table)
    {
        int[] slots = table.Variables.Select(_context.Slot).ToArray();
        var rows = new List<(int, TermId)[]>();
        foreach (IReadOnlyList<Term?> row in table.Rows)
        {
            var cells = new List<(int, TermId)>();
            for (int i = 0; i < slots.Length; i++)
            {
                if (row[i] is { } term)
                {
                    cells.Add((slots[i], _context.Encode(term)));
                }
            }
            rows.Add([.. cells]);
        }
        return new TableNode(_context, rows);
    }

    // Disconnected parts of a BGP are joined by hash join (each part evaluated once), not by re-running one part per
    // row of the other: a nested loop over a cross product would repeat every lookup of the inner part. When the
    // filter above the BGP equates a variable of one part with one of another, the parts are hashed on that value.
    private PlanNode CompileBgp(BgpOp bgp, HashSet<string> incoming, Expression? filter)
    {
        List<List<TriplePattern>> components = BgpComponents.Split(bgp.Patterns);
        if (components.Count <= 1)
        {
            return CompileConnectedBgp(bgp.Patterns, incoming);
        }
        PlanNode result = CompileConnectedBgp(components[0], incoming);
        HashSet<string> joined = Union(incoming, components[0].SelectMany(static t => t.BindingNames()));
        foreach (List<TriplePattern> component in components.Skip(1))
        {
            var names = new HashSet<string>(component.SelectMany(static t => t.BindingNames()), StringComparer.Ordinal);
            var right = new MaterializedSide(_context, CompileConnectedBgp(component, Nothing), [], ValueProbe(filter, joined, names, names));
            result = new HashJoinNode(_context, result, right);
            joined.UnionWith(names);
        }
        return result;
    }

    /// <summary>
    /// A value hash for a join whose sides share no variable but whose filter equates a variable of the probing side
    /// with one the built side always binds. Only for the standard library, whose <c>=</c> the key is derived from.
    /// </summary>
    private ValueKeyProbe? ValueProbe(Expression? filter, HashSet<string> probeScope, HashSet<string> buildCertain, HashSet<string> buildMaybe)
    {
        if (filter is null || _context.Functions is not Functions.SparqlFunctionLibrary)
        {
            return null;
        }
        foreach ((string a, string b) in EqualityConjuncts.Of(filter))
        {
            foreach ((string probe, string build) in new[] { (a, b), (b, a) })
            {
                if (probeScope.Contains(probe) && !buildMaybe.Contains(probe) && buildCertain.Contains(build) && !probeScope.Contains(build))
                {
                    return new ValueKeyProbe(_context, _context.Slot(build), _context.Slot(probe));
                }
            }
        }
        return null;
    }

    private BgpNode CompileConnectedBgp(IReadOnlyList<TriplePattern> patterns, HashSet<string> incoming)
    {
        var constantCounts = new Dictionary<TriplePattern, double>();
        List<TriplePattern> ordered = BgpJoinOrderer.Order(patterns, incoming, (pattern, bound) => Estimate(pattern, bound, constantCounts));
        bool unsatisfiable = false;
        var compiled = new CompiledTriple[ordered.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            TriplePattern pattern = ordered[i];
            compiled[i] = new CompiledTriple(
                StorePosition(pattern.Subject, ref unsatisfiable),
                StorePosition(pattern.Predicate, ref unsatisfiable),
                StorePosition(pattern.Object, ref unsatisfiable));
        }
        return new BgpNode(_context, compiled, unsatisfiable);
    }

    // A cardinality guess: the exact count for the constants, divided by the fan-out a bound variable removes.
    private double Estimate(TriplePattern pattern, IReadOnlySet<string> bound, Dictionary<TriplePattern, double> cache)
    {
        if (!cache.TryGetValue(pattern, out double count))
        {
            TermId? s = ConstantId(pattern.Subject, out bool ok1), p = ConstantId(pattern.Predicate, out bool ok2), o = ConstantId(pattern.Object, out bool ok3);
            count = ok1 && ok2 && ok3 ? _context.Snapshot.EstimateCount(new QuadIdPattern(s, p, o, GraphScope.AllGraphs)) : 0;
            cache[pattern] = count;
        }
        DatasetStatistics stats = _context.Snapshot.Statistics;
        double estimate = count;
        if (IsBound(pattern.Subject, bound))
        {
            estimate /= Math.Max(1, Math.Min(count, stats.DistinctSubjects));
        }
        if (IsBound(pattern.Object, bound))
        {
            estimate /= Math.Max(1, Math.Min(count, stats.DistinctObjects));
        }
        if (IsBound(pattern.Predicate, bound))
        {
            estimate /= Math.Max(1, Math.Min(count, stats.PredicateCounts.Count));
        }
        return estimate;
    }

    private static bool IsBound(PatternTerm term, IReadOnlySet<string> bound) => term.BindingName is { } name && bound.Contains(name);

    private TermId? ConstantId(PatternTerm term, out bool known)
    {
        known = true;
        if (term.BindingName is not null)
        {
            return null;
        }
        known = _context.Snapshot.TryGetTermId(term.Term!, out TermId id);
        return id;
    }

    private CompiledPosition StorePosition(PatternTerm term, ref bool unsatisfiable)
    {
        if (term.BindingName is { } name)
        {
            return new CompiledPosition(default, _context.Slot(name));
        }
        if (!_context.Snapshot.TryGetTermId(term.Term!, out TermId id))
        {
            unsatisfiable = true;
        }
        return new CompiledPosition(id, -1);
    }

    private CompiledPosition Position(PatternTerm term) =>
        term.BindingName is { } name
            ? new CompiledPosition(default, _context.Slot(name))
            : new CompiledPosition(_context.Encode(term.Term!), -1);

    private int[] KeySlots(HashSet<string> left, HashSet<string> right) =>
        left.Where(right.Contains).Select(_context.Slot).Order().ToArray();

    /// <summary>Whether the parent may bind a variable the operator reads but does not always bind itself.</summary>
    private static bool Conflicts(HashSet<string> incoming, HashSet<string> read, HashSet<string> certain) =>
        incoming.Count > 0 && read.Any(v => incoming.Contains(v) && !certain.Contains(v));

    private static HashSet<string> Union(HashSet<string> a, IEnumerable<string> b)
    {
        var set = new HashSet<string>(a, StringComparer.Ordinal);
        set.UnionWith(b);
        return set;
    }
}
