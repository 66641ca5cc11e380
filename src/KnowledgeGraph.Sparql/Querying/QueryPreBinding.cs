using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Sparql.Querying;

/// <summary>
/// Pre-binding of variables, as SHACL defines it (SHACL 1.0 §5.6, "Pre-binding of variables"): every occurrence of a
/// pre-bound variable in the query, in patterns, expressions, EXISTS and sub-queries alike, is replaced by its value,
/// so a FILTER alone in a group sees the value just as a triple pattern does. The outermost projection still reports
/// the pre-bound variables, with their values.
/// </summary>
/// <remarks>
/// This is not a join with a one-row table: a join would leave the variable unbound inside groups evaluated before
/// the join (a lone <c>FILTER ($this = ex:a)</c> would fail). Which queries may be pre-bound at all (no MINUS, VALUES,
/// SERVICE, …) is the caller's rule to check; this class only substitutes.
/// </remarks>
public static class QueryPreBinding
{
    private static readonly Literal True = Literal.Typed("true", Xsd.Boolean);

    /// <summary>The query with each variable named in <paramref name="values"/> (without <c>?</c>/<c>$</c>) replaced by its value.</summary>
    public static TranslatedQuery Apply(TranslatedQuery query, IReadOnlyDictionary<string, Term> values)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return query;
        }
        var substitution = new Substitution(values);
        AlgebraOp substituted = substitution.Op(query.Algebra);
        return query with { Algebra = RestoreOutermostProjection(substituted, values) };
    }

    /// <summary>Puts the values back under the outermost projection, so <c>SELECT $this</c> still answers <c>$this</c>.</summary>
    private static AlgebraOp RestoreOutermostProjection(AlgebraOp op, IReadOnlyDictionary<string, Term> values)
    {
        switch (op)
        {
            case ProjectOp project:
            {
                AlgebraOp input = project.Input;
                foreach (string variable in project.Variables)
                {
                    if (values.TryGetValue(variable, out Term? value))
                    {
                        input = new ExtendOp(input, variable, new ConstantExpression(value));
                    }
                }
                return project with { Input = input };
            }
            case DistinctOp or ReducedOp or SliceOp or OrderByOp:
                return AlgebraTransform.MapChildren(op, child => RestoreOutermostProjection(child, values));
            default:
                return op;
        }
    }

    private sealed class Substitution(IReadOnlyDictionary<string, Term> values)
    {
        public AlgebraOp Op(AlgebraOp op)
        {
            AlgebraOp node = AlgebraTransform.MapExpressions(AlgebraTransform.MapChildren(op, Op), Expression);
            return node switch
            {
                BgpOp bgp => bgp with { Patterns = bgp.Patterns.Select(Pattern).ToList() },
                PathOp path => path with { Subject = Term(path.Subject), Object = Term(path.Object) },
                GraphOp graph => graph with { Graph = Term(graph.Graph) },
                ServiceOp service => service with { Endpoint = Term(service.Endpoint) },
                _ => node,
            };
        }

        private TriplePattern Pattern(TriplePattern pattern) =>
            new(Term(pattern.Subject), Term(pattern.Predicate), Term(pattern.Object));

        private PatternTerm Term(PatternTerm term) =>
            term.Variable is { } name && values.TryGetValue(name, out Term? value) ? PatternTerm.Of(value) : term;

        public Expression Expression(Expression expression) => expression switch
        {
            VariableExpression v when values.TryGetValue(v.Name, out Term? value) => new ConstantExpression(value),
            BoundExpression b when values.ContainsKey(b.Variable) => new ConstantExpression(True),
            AndExpression and => new AndExpression(Expression(and.Left), Expression(and.Right)),
            OrExpression or => new OrExpression(Expression(or.Left), Expression(or.Right)),
            NotExpression not => new NotExpression(Expression(not.Operand)),
            IfExpression iff => new IfExpression(Expression(iff.Condition), Expression(iff.Then), Expression(iff.Else)),
            CoalesceExpression coalesce => new CoalesceExpression(coalesce.Arguments.Select(Expression).ToList()),
            InExpression inExpr => inExpr with { Operand = Expression(inExpr.Operand), Members = inExpr.Members.Select(Expression).ToList() },
            FunctionCallExpression call => call with { Arguments = call.Arguments.Select(Expression).ToList() },
            ExistsExpression exists => exists with { Pattern = Op(exists.Pattern) },
            _ => expression,
        };
    }
}
