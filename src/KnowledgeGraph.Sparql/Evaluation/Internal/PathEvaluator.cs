using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Evaluates property paths over ids (section 18.4). Sequence and alternative keep duplicates like the joins and
/// unions they abbreviate; <c>*</c>, <c>+</c> and <c>?</c> return each pair once, and the closures visit every node at
/// most once per start node, so cycles terminate.
/// </summary>
internal sealed class PathEvaluator(QueryContext context)
{
    /// <summary>The (start, end) pairs; a bound end restricts the pairs to it.</summary>
    public IEnumerable<(TermId Start, TermId End)> Evaluate(PropertyPath path, TermId? start, TermId? end, GraphSelector graph)
    {
        switch (path)
        {
            case LinkPath link:
                return Link(context.Encode(link.Predicate), start, end, graph);
            case InversePath inverse:
                return Evaluate(inverse.Path, end, start, graph).Select(static p => (p.End, p.Start));
            case SequencePath seq:
                return Sequence(seq, start, end, graph);
            case AlternativePath alt:
                return Evaluate(alt.Left, start, end, graph).Concat(Evaluate(alt.Right, start, end, graph));
            case ZeroOrOnePath opt:
                return ZeroOrOne(opt.Path, start, end, graph);
            case OneOrMorePath plus:
                return Closure(plus.Path, start, end, graph, includeStart: false);
            case ZeroOrMorePath star:
                return Closure(star.Path, start, end, graph, includeStart: true);
            case NegatedPropertySet nps:
                return Negated(nps, start, end, graph);
            default:
                throw new NotSupportedException($"Unknown path {path.GetType().Name}.");
        }
    }

    private IEnumerable<(TermId, TermId)> Link(TermId predicate, TermId? start, TermId? end, GraphSelector graph) =>
        context.Match(graph, start, predicate, end).Select(static q => (q.Subject, q.Object));

    private IEnumerable<(TermId, TermId)> Sequence(SequencePath seq, TermId? start, TermId? end, GraphSelector graph)
    {
        if (start is not null || end is null)
        {
            foreach ((TermId s, TermId middle) in Evaluate(seq.First, start, null, graph))
            {
                foreach ((_, TermId e) in Evaluate(seq.Second, middle, end, graph))
                {
                    yield return (s, e);
                }
            }
        }
        else
        {
            foreach ((TermId middle, TermId e) in Evaluate(seq.Second, null, end, graph))
            {
                foreach ((TermId s, _) in Evaluate(seq.First, null, middle, graph))
                {
                    yield return (s, e);
                }
            }
        }
    }

    private IEnumerable<(TermId, TermId)> ZeroOrOne(PropertyPath path, TermId? start, TermId? end, GraphSelector graph)
    {
        var pairs = new HashSet<(TermId, TermId)>();
        if (start is { } s)
        {
            if (end is null || end == s)
            {
                pairs.Add((s, s));
            }
        }
        else if (end is { } e)
        {
            pairs.Add((e, e));
        }
        else
        {
            foreach (TermId node in AllNodes(graph))
            {
                pairs.Add((node, node));
            }
        }
        foreach ((TermId, TermId) pair in Evaluate(path, start, end, graph))
        {
            pairs.Add(pair);
        }
        return pairs;
    }

    private IEnumerable<(TermId, TermId)> Closure(PropertyPath path, TermId? start, TermId? end, GraphSelector graph, bool includeStart)
    {
        if (start is { } s)
        {
            foreach (TermId reached in Reach(path, s, forward: true, includeStart, graph))
            {
                if (end is null || end == reached)
                {
                    yield return (s, reached);
                    if (end is not null)
                    {
                        yield break;
                    }
                }
            }
        }
        else if (end is { } e)
        {
            foreach (TermId reached in Reach(path, e, forward: false, includeStart, graph))
            {
                yield return (reached, e);
            }
        }
        else
        {
            IEnumerable<TermId> starts = includeStart
                ? AllNodes(graph)
                : Evaluate(path, null, null, graph).Select(static p => p.Start).Distinct().ToList();
            foreach (TermId node in starts)
            {
                foreach (TermId reached in Reach(path, node, forward: true, includeStart, graph))
                {
                    yield return (node, reached);
                }
            }
        }
    }

    // Breadth-first search; each node is reported once, including the start node when a cycle leads back to it.
    private IEnumerable<TermId> Reach(PropertyPath path, TermId origin, bool forward, bool includeStart, GraphSelector graph)
    {
        var visited = new HashSet<TermId>();
        var queue = new Queue<TermId>();
        if (includeStart)
        {
            visited.Add(origin);
            yield return origin;
        }
        queue.Enqueue(origin);
        while (queue.Count > 0)
        {
            TermId node = queue.Dequeue();
            IEnumerable<(TermId Start, TermId End)> steps = forward
                ? Evaluate(path, node, null, graph)
                : Evaluate(path, null, node, graph);
            foreach ((TermId a, TermId b) in steps)
            {
                context.Tick();
                TermId next = forward ? b : a;
                if (visited.Add(next))
                {
                    yield return next;
                    queue.Enqueue(next);
                }
            }
        }
    }

    private IEnumerable<(TermId, TermId)> Negated(NegatedPropertySet nps, TermId? start, TermId? end, GraphSelector graph)
    {
        if (nps.Forward.Count > 0 || nps.Inverse.Count == 0)
        {
            HashSet<TermId> excluded = [.. nps.Forward.Select(context.Encode)];
            foreach (QuadIds q in context.Match(graph, start, null, end))
            {
                if (!excluded.Contains(q.Predicate))
                {
                    yield return (q.Subject, q.Object);
                }
            }
        }
        if (nps.Inverse.Count > 0)
        {
            HashSet<TermId> excluded = [.. nps.Inverse.Select(context.Encode)];
            foreach (QuadIds q in context.Match(graph, end, null, start))
            {
                if (!excluded.Contains(q.Predicate))
                {
                    yield return (q.Object, q.Subject);
                }
            }
        }
    }

    /// <summary>Every subject and object of the active graph (what <c>?x p* ?y</c> pairs with itself).</summary>
    private List<TermId> AllNodes(GraphSelector graph)
    {
        var nodes = new HashSet<TermId>();
        var ordered = new List<TermId>();
        foreach (QuadIds q in context.Match(graph, null, null, null))
        {
            context.Tick();
            if (nodes.Add(q.Subject))
            {
                ordered.Add(q.Subject);
            }
            if (nodes.Add(q.Object))
            {
                ordered.Add(q.Object);
            }
        }
        return ordered;
    }
}
