using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Evaluation;
using A = KnowledgeGraph.Sparql.Algebra;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Translation;

/// <summary>
/// Turns parsed SPARQL into algebra, following SPARQL 1.1 section 18.2. Blank nodes in patterns become variables
/// named <c>_:label</c>, which the evaluator binds like any variable but never shows in SELECT *; fresh variables
/// made for path sequences and aggregates use names no query can spell. Each call starts a new fresh-name counter,
/// so the translator holds no state between calls.
/// </summary>
public static class AlgebraTranslator
{
    /// <summary>Translates a whole query (any form) with its solution modifiers and dataset clause.</summary>
    public static TranslatedQuery Translate(S.SparqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return TranslateForm(query) with { BaseIri = query.BaseIri };
    }

    private static TranslatedQuery TranslateForm(S.SparqlQuery query)
    {
        var translator = new QueryTranslator();
        DatasetDescription? dataset = query.Dataset.IsEmpty
            ? null
            : new DatasetDescription(query.Dataset.Default.ToList(), query.Dataset.Named.ToList());
        bool ordered = query.Modifier.OrderBy.Count > 0;
        switch (query)
        {
            case S.SelectQuery select:
                return new(QueryForm.Select, translator.Select(select), dataset, [], [], ordered);
            case S.AskQuery ask:
                return new(QueryForm.Ask, translator.Solutions(ask), dataset, [], [], ordered);
            case S.ConstructQuery construct:
                return new(QueryForm.Construct, translator.Solutions(construct), dataset, TranslateTemplate(construct.Template), [], ordered);
            case S.DescribeQuery describe:
                A.AlgebraOp op = describe.Where is null ? A.TableOp.Unit : translator.Solutions(describe);
                List<A.PatternTerm> targets = describe.IsDescribeAll
                    ? Algebra.Internal.VariableScope.Visible(op).Select(A.PatternTerm.Var).ToList()
                    : describe.Targets.Select(TemplateTerm).ToList();
                return new(QueryForm.Describe, op, dataset, [], targets, ordered);
            default:
                throw new NotSupportedException($"Unknown query form {query.GetType().Name}.");
        }
    }

    /// <summary>
    /// Translates a group graph pattern alone (for example the WHERE clause of an update). The result binds every
    /// variable the pattern may bind; blank nodes of the pattern are variables named <c>_:label</c>.
    /// </summary>
    public static A.AlgebraOp TranslatePattern(S.GroupPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new QueryTranslator().Group(pattern);
    }

    /// <summary>Translates a syntax expression (with no aggregates) to an algebra expression.</summary>
    public static A.Expression TranslateExpression(S.Expression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new QueryTranslator().Expression(expression);
    }

    /// <summary>
    /// Translates template triples (CONSTRUCT, INSERT/DELETE templates) to algebra triple patterns. Blank nodes stay
    /// blank nodes here: a template instantiates them fresh per solution.
    /// </summary>
    public static IReadOnlyList<A.TriplePattern> TranslateTemplate(IEnumerable<S.TriplePattern> template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Select(static t => new A.TriplePattern(TemplateTerm(t.Subject), TemplateTerm(t.Predicate), TemplateTerm(t.Object))).ToList();
    }

    /// <summary>A pattern node as it stands in a template: variables as variables, every term (blank nodes too) as itself.</summary>
    public static A.PatternTerm TemplateTerm(S.PatternNode node) => node switch
    {
        S.VariableNode v => A.PatternTerm.Var(v.Name),
        S.TermNode t => A.PatternTerm.Of(t.Term),
        _ => throw new NotSupportedException($"Unknown pattern node {node?.GetType().Name}."),
    };

    /// <summary>A pattern node as it stands in a WHERE pattern: blank nodes become variables named <c>_:label</c>.</summary>
    internal static A.PatternTerm PatternTerm(S.PatternNode node) => node switch
    {
        S.TermNode { Term: BlankNode blank } => A.PatternTerm.Var("_:" + blank.Label),
        _ => TemplateTerm(node),
    };
}
