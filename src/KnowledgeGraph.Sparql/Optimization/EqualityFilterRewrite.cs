using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Internal;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Turns an equality filter over a pattern of triple and path patterns into a substitution, so the store lookup does
/// the work: <c>(filter (= ?x &lt;iri&gt;) P)</c> becomes <c>(extend ((?x &lt;iri&gt;)) P[?x:=&lt;iri&gt;])</c>, and
/// <c>(filter (= ?x ?y) P)</c> becomes <c>(extend ((?y ?x)) P[?y:=?x])</c>. This is only done where <c>=</c> means
/// "same term": the constant is an IRI, or both variables occur in a subject or predicate position (never a literal),
/// or the test is <c>sameTerm</c>; and both variables must be bound in every solution of P.
/// </summary>
internal static class EqualityFilterRewrite
{
    public static AlgebraOp Apply(AlgebraOp op) => AlgebraTransform.BottomUp(op, node =>
        node is FilterOp filter && IsSimplePattern(filter.Input) ? Rewrite(filter) : node);

    private static AlgebraOp Rewrite(FilterOp filter)
    {
        if (filter.Condition is not FunctionCallExpression { Arguments.Count: 2 } call)
        {
            return filter;
        }
        bool sameTerm = string.Equals(call.Name, "SAMETERM", StringComparison.OrdinalIgnoreCase);
        if (!sameTerm && call.Name != "=")
        {
            return filter;
        }
        HashSet<string> certain = VariableScope.Certain(filter.Input);
        (Expression a, Expression b) = (call.Arguments[0], call.Arguments[1]);
        if (b is VariableExpression && a is ConstantExpression)
        {
            (a, b) = (b, a);
        }
        if (a is not VariableExpression x || !certain.Contains(x.Name))
        {
            return filter;
        }
        if (b is ConstantExpression { Value: var constant } && (sameTerm || constant is Iri))
        {
            return new ExtendOp(Substitute(filter.Input, x.Name, PatternTerm.Of(constant)), x.Name, b);
        }
        if (b is VariableExpression y && y.Name != x.Name && certain.Contains(y.Name))
        {
            HashSet<string> nonLiteral = NonLiteralPositions(filter.Input);
            if (sameTerm || (nonLiteral.Contains(x.Name) && nonLiteral.Contains(y.Name)))
            {
                return new ExtendOp(Substitute(filter.Input, y.Name, PatternTerm.Var(x.Name)), y.Name, x);
            }
        }
        return filter;
    }

    private static bool IsSimplePattern(AlgebraOp op) => op switch
    {
        BgpOp or PathOp => true,
        JoinOp j => IsSimplePattern(j.Left) && IsSimplePattern(j.Right),
        _ => false,
    };

    private static HashSet<string> NonLiteralPositions(AlgebraOp op)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        void Visit(AlgebraOp node)
        {
            switch (node)
            {
                case BgpOp bgp:
                    foreach (TriplePattern t in bgp.Patterns)
                    {
                        AddVariable(t.Subject);
                        AddVariable(t.Predicate);
                    }
                    break;
                case PathOp path:
                    AddVariable(path.Subject);
                    break;
                case JoinOp j:
                    Visit(j.Left);
                    Visit(j.Right);
                    break;
            }
        }
        void AddVariable(PatternTerm term)
        {
            if (term.Variable is { } v)
            {
                set.Add(v);
            }
        }
        Visit(op);
        return set;
    }

    private static AlgebraOp Substitute(AlgebraOp op, string variable, PatternTerm replacement)
    {
        PatternTerm Replace(PatternTerm term) => term.Variable == variable ? replacement : term;
        return op switch
        {
            BgpOp bgp => new BgpOp(bgp.Patterns.Select(t => new TriplePattern(Replace(t.Subject), Replace(t.Predicate), Replace(t.Object))).ToList()),
            PathOp path => path with { Subject = Replace(path.Subject), Object = Replace(path.Object) },
            JoinOp j => new JoinOp(Substitute(j.Left, variable, replacement), Substitute(j.Right, variable, replacement)),
            _ => op,
        };
    }
}
