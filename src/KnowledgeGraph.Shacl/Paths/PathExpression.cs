using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl.Paths;

/// <summary>
/// A SHACL property path (SHACL 1.0 §2.3.1): predicate, sequence, alternative, inverse, zero-or-more, one-or-more,
/// zero-or-one. Evaluation gives the set of nodes reached from a focus node, as the equivalent SPARQL path would.
/// </summary>
internal abstract record PathExpression
{
    /// <summary>The distinct nodes reached from <paramref name="start"/> in <paramref name="graph"/>.</summary>
    public HashSet<Term> Evaluate(GraphView graph, Term start)
    {
        var result = new HashSet<Term>();
        Step(graph, start, result);
        return result;
    }

    /// <summary>Adds the nodes reached from <paramref name="start"/> to <paramref name="into"/>.</summary>
    public abstract void Step(GraphView graph, Term start, HashSet<Term> into);

    /// <summary>The path walked backwards: the nodes from which this path reaches a node.</summary>
    public abstract PathExpression Invert();

    /// <summary>The path in SPARQL property path syntax, for <c>$PATH</c> substitution (SHACL 1.0 §6.3).</summary>
    public abstract string ToSparql();

    /// <summary>A plain predicate.</summary>
    public sealed record Predicate(Iri Iri) : PathExpression
    {
        public override void Step(GraphView graph, Term start, HashSet<Term> into)
        {
            if (start is Literal)
            {
                return;
            }
            foreach (Term value in graph.Objects(start, Iri))
            {
                into.Add(value);
            }
        }

        public override PathExpression Invert() => new Inverse(this);

        public override string ToSparql() => "<" + Iri.Value + ">";
    }

    /// <summary>sh:inversePath.</summary>
    public sealed record Inverse(PathExpression Path) : PathExpression
    {
        public override void Step(GraphView graph, Term start, HashSet<Term> into)
        {
            if (Path is Predicate p)
            {
                foreach (Term subject in graph.Subjects(p.Iri, start))
                {
                    into.Add(subject);
                }
                return;
            }
            // A complex path inverts step by step (a sequence reversed, each step inverted), so it still walks the
            // indexes instead of testing every node of the graph.
            Path.Invert().Step(graph, start, into);
        }

        public override PathExpression Invert() => Path;

        public override string ToSparql() => "^" + Path.ToSparql();
    }

    /// <summary>An RDF list of paths: each step from every node the previous step reached.</summary>
    public sealed record Sequence(IReadOnlyList<PathExpression> Steps) : PathExpression
    {
        public override void Step(GraphView graph, Term start, HashSet<Term> into)
        {
            var current = new HashSet<Term> { start };
            foreach (PathExpression step in Steps)
            {
                var next = new HashSet<Term>();
                foreach (Term node in current)
                {
                    step.Step(graph, node, next);
                }
                current = next;
            }
            into.UnionWith(current);
        }

        public override PathExpression Invert() => new Sequence(Steps.Reverse().Select(static s => s.Invert()).ToList());

        public override string ToSparql() => "(" + string.Join("/", Steps.Select(static s => s.ToSparql())) + ")";
    }

    /// <summary>sh:alternativePath.</summary>
    public sealed record Alternative(IReadOnlyList<PathExpression> Choices) : PathExpression
    {
        public override void Step(GraphView graph, Term start, HashSet<Term> into)
        {
            foreach (PathExpression choice in Choices)
            {
                choice.Step(graph, start, into);
            }
        }

        public override PathExpression Invert() => new Alternative(Choices.Select(static c => c.Invert()).ToList());

        public override string ToSparql() => "(" + string.Join("|", Choices.Select(static s => s.ToSparql())) + ")";
    }

    /// <summary>sh:zeroOrMorePath, sh:oneOrMorePath and sh:zeroOrOnePath.</summary>
    public sealed record Repeat(PathExpression Path, bool IncludesStart, bool Unbounded) : PathExpression
    {
        public override void Step(GraphView graph, Term start, HashSet<Term> into)
        {
            if (IncludesStart)
            {
                into.Add(start);
            }
            if (!Unbounded)
            {
                Path.Step(graph, start, into);
                return;
            }
            var reached = new HashSet<Term>();
            var pending = new Stack<Term>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                var next = new HashSet<Term>();
                Path.Step(graph, pending.Pop(), next);
                foreach (Term node in next)
                {
                    if (reached.Add(node))
                    {
                        pending.Push(node);
                    }
                }
            }
            into.UnionWith(reached);
        }

        public override PathExpression Invert() => this with { Path = Path.Invert() };

        public override string ToSparql() => "(" + Path.ToSparql() + ")" + (Unbounded ? IncludesStart ? "*" : "+" : "?");
    }
}
