using KnowledgeGraph.Rdf.Terms;
using A = KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Translation;

/// <summary>Graph patterns to algebra (SPARQL 1.1 sections 18.2.2 and 18.2.3).</summary>
internal sealed partial class QueryTranslator
{
    /// <summary>Counts fresh variables; names carry a '.' so no query variable can clash with them.</summary>
    private int _fresh;

    private string FreshVariable(string purpose) => "_:." + purpose + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Section 18.2.2.6: FILTERs are collected and applied over the whole group; OPTIONAL becomes LeftJoin (a filter
    /// at the top of the optional group becomes the LeftJoin expression); MINUS becomes Minus; BIND extends what came
    /// before; everything else is joined in order.
    /// </summary>
    public A.AlgebraOp Group(S.GroupPattern group)
    {
        A.AlgebraOp g = GroupWithoutFilters(group, out A.Expression? filter);
        return filter is null ? g : new A.FilterOp(filter, g);
    }

    /// <summary>
    /// A group's pattern and, apart, the conjunction of its own FILTERs. Keeping them apart is what lets OPTIONAL
    /// take exactly its group's filters into the LeftJoin: a filter of a nested group (<c>OPTIONAL {{ P FILTER(F) }}</c>)
    /// stays inside and does not see the optional's left side.
    /// </summary>
    private A.AlgebraOp GroupWithoutFilters(S.GroupPattern group, out A.Expression? filter)
    {
        A.AlgebraOp g = A.TableOp.Unit;
        var filters = new List<A.Expression>();
        foreach (S.GraphPattern element in group.Elements)
        {
            switch (element)
            {
                case S.FilterPattern filterPattern:
                    filters.Add(Expression(filterPattern.Condition));
                    break;
                case S.OptionalPattern optional:
                    A.AlgebraOp right = GroupWithoutFilters(optional.Pattern, out A.Expression? condition);
                    g = new A.LeftJoinOp(g, right, condition);
                    break;
                case S.MinusPattern minus:
                    g = new A.MinusOp(g, Group(minus.Pattern));
                    break;
                case S.BindPattern bind:
                    g = new A.ExtendOp(g, bind.Variable, Expression(bind.Expression));
                    break;
                case S.TriplesBlockPattern block:
                    g = JoinTriples(g, block);
                    break;
                default:
                    g = Join(g, Element(element));
                    break;
            }
        }
        filter = filters.Count == 0 ? null : filters.Aggregate(static (a, b) => new A.AndExpression(a, b));
        return g;
    }

    private A.AlgebraOp Element(S.GraphPattern element) => element switch
    {
        S.GroupPattern inner => Group(inner),
        S.UnionPattern union => Union(union),
        S.NamedGraphPattern graph => new A.GraphOp(AlgebraTranslator.PatternTerm(graph.Graph), Group(graph.Pattern)),
        S.ServicePattern service => new A.ServiceOp(AlgebraTranslator.PatternTerm(service.Endpoint), Group(service.Pattern), service.Silent),
        S.ValuesPattern values => Table(values.Data),
        S.SubSelectPattern sub => Select(sub.Query),
        _ => throw new NotSupportedException($"Unknown graph pattern {element.GetType().Name}."),
    };

    private A.AlgebraOp Union(S.UnionPattern union)
    {
        A.AlgebraOp result = Group(union.Alternatives[0]);
        for (int i = 1; i < union.Alternatives.Count; i++)
        {
            result = new A.UnionOp(result, Group(union.Alternatives[i]));
        }
        return result;
    }

    /// <summary>VALUES data as a table (ToMultiSet).</summary>
    public static A.TableOp Table(S.InlineData data) =>
        new(data.Variables.ToList(), data.Rows.Select(static row => (IReadOnlyList<Term?>)row.ToList()).ToList());

    /// <summary>Join with the identity (the unit table) simplified away.</summary>
    private static A.AlgebraOp Join(A.AlgebraOp left, A.AlgebraOp right)
    {
        if (IsUnit(left))
        {
            return right;
        }
        return IsUnit(right) ? left : new A.JoinOp(left, right);
    }

    private static bool IsUnit(A.AlgebraOp op) => op is A.TableOp { Variables.Count: 0, Rows.Count: 1 };

    /// <summary>
    /// A triples block: simple triples (and paths that expand to triples) gather into one BGP; other paths become
    /// path operators joined in. A block directly after another (only filters between) extends the same BGP, since
    /// filters do not end a basic graph pattern.
    /// </summary>
    private A.AlgebraOp JoinTriples(A.AlgebraOp g, S.TriplesBlockPattern block)
    {
        var triples = new List<A.TriplePattern>();
        var paths = new List<A.PathOp>();
        foreach (S.TriplePatternBase pattern in block.Triples)
        {
            A.PatternTerm subject = AlgebraTranslator.PatternTerm(pattern.Subject);
            A.PatternTerm obj = AlgebraTranslator.PatternTerm(pattern.Object);
            switch (pattern)
            {
                case S.TriplePattern triple:
                    triples.Add(new A.TriplePattern(subject, AlgebraTranslator.PatternTerm(triple.Predicate), obj));
                    break;
                case S.PathPattern path:
                    ExpandPath(subject, Path(path.Path), obj, triples, paths);
                    break;
            }
        }
        A.AlgebraOp result = g;
        if (triples.Count > 0)
        {
            result = result switch
            {
                A.BgpOp bgp => new A.BgpOp([.. bgp.Patterns, .. triples]),
                A.JoinOp { Right: A.BgpOp bgp } join => new A.JoinOp(join.Left, new A.BgpOp([.. bgp.Patterns, .. triples])),
                _ => Join(result, new A.BgpOp(triples)),
            };
        }
        foreach (A.PathOp path in paths)
        {
            result = Join(result, path);
        }
        return result;
    }

    /// <summary>
    /// Section 18.2.2.4: a link path is a triple pattern, an inverse link a reversed one, a sequence splits at fresh
    /// variables; anything else stays a path operator.
    /// </summary>
    private void ExpandPath(A.PatternTerm subject, A.PropertyPath path, A.PatternTerm obj, List<A.TriplePattern> triples, List<A.PathOp> paths)
    {
        switch (path)
        {
            case A.LinkPath link:
                triples.Add(new A.TriplePattern(subject, link.Predicate, obj));
                break;
            case A.InversePath { Path: A.LinkPath link }:
                triples.Add(new A.TriplePattern(obj, link.Predicate, subject));
                break;
            case A.SequencePath sequence:
                A.PatternTerm middle = A.PatternTerm.Var(FreshVariable("p"));
                ExpandPath(subject, sequence.First, middle, triples, paths);
                ExpandPath(middle, sequence.Second, obj, triples, paths);
                break;
            default:
                paths.Add(new A.PathOp(subject, path, obj));
                break;
        }
    }

    /// <summary>Syntax paths to algebra paths; n-ary sequences and alternatives nest to the left.</summary>
    private static A.PropertyPath Path(S.PropertyPath path) => path switch
    {
        S.PathLink link => new A.LinkPath(link.Iri),
        S.PathInverse inverse => Inverse(Path(inverse.Path)),
        S.PathSequence sequence => sequence.Steps.Select(Path).Aggregate(static (a, b) => new A.SequencePath(a, b)),
        S.PathAlternative alternative => alternative.Alternatives.Select(Path).Aggregate(static (a, b) => new A.AlternativePath(a, b)),
        S.PathRepeat { Modifier: S.PathModifier.ZeroOrMore } repeat => new A.ZeroOrMorePath(Path(repeat.Path)),
        S.PathRepeat { Modifier: S.PathModifier.OneOrMore } repeat => new A.OneOrMorePath(Path(repeat.Path)),
        S.PathRepeat repeat => new A.ZeroOrOnePath(Path(repeat.Path)),
        S.PathNegatedSet set => new A.NegatedPropertySet(set.Forward.ToList(), set.Inverse.ToList()),
        _ => throw new NotSupportedException($"Unknown property path {path.GetType().Name}."),
    };

    /// <summary>
    /// An inverse of a sequence is the reversed sequence of inverses (section 18.2.2.4 expands ^(a/b) to ^b/^a), so
    /// that its links can still become triple patterns.
    /// </summary>
    private static A.PropertyPath Inverse(A.PropertyPath path) => path switch
    {
        A.SequencePath sequence => new A.SequencePath(Inverse(sequence.Second), Inverse(sequence.First)),
        A.InversePath inverse => inverse.Path,
        _ => new A.InversePath(path),
    };
}
