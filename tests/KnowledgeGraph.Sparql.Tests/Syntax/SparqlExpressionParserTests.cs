using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlExpressionParserTests
{
    private static VariableExpression V(string name) => new(name);

    private static ConstantExpression Int(string lexical) => new(Literal.Typed(lexical, Xsd.Integer));

    private static FunctionCallExpression Call(string name, params Expression[] arguments) => new(name, new(arguments));

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        Assert.Equal(Call("+", Int("1"), Call("*", Int("2"), Int("3"))), Expr("1 + 2 * 3"));
    }

    [Fact]
    public void And_binds_tighter_than_or()
    {
        Assert.Equal(new OrExpression(V("a"), new AndExpression(V("b"), V("c"))), Expr("?a || ?b && ?c"));
    }

    [Fact]
    public void Signed_number_after_an_operand_is_a_subtraction()
    {
        Assert.Equal(Call("-", V("a"), Int("1")), Expr("?a -1"));
        Assert.Equal(Call("+", V("a"), Call("*", Int("2"), V("b"))), Expr("?a +2 * ?b"));
    }

    [Fact]
    public void Leading_negative_number_is_a_constant_but_minus_space_is_unary()
    {
        Assert.Equal(Call("=", Int("-1"), V("a")), Expr("-1 = ?a"));
        Assert.Equal(Call("=", Call("UNARY-", V("a")), Int("1")), Expr("- ?a = 1"));
    }

    [Fact]
    public void Logical_not_and_functional_forms_have_their_own_nodes()
    {
        Assert.Equal(new NotExpression(new BoundExpression("x")), Expr("!BOUND(?x)"));
        Assert.Equal(new IfExpression(V("a"), Int("1"), Int("2")), Expr("IF(?a, 1, 2)"));
        Assert.Equal(new CoalesceExpression(new([V("a"), V("b")])), Expr("COALESCE(?a, ?b)"));
    }

    [Fact]
    public void In_and_not_in_take_lists()
    {
        Assert.Equal(new InExpression(V("a"), new([Int("1"), Int("2")]), false), Expr("?a IN (1, 2)"));
        Assert.Equal(new InExpression(V("a"), SyntaxList<Expression>.Empty, true), Expr("?a NOT IN ()"));
    }

    [Fact]
    public void Exists_and_not_exists_hold_a_group()
    {
        var exists = Assert.IsType<ExistsExpression>(Expr("NOT EXISTS { ?s ?p ?o }"));
        Assert.True(exists.Negated);
        Assert.Single(exists.Pattern.Elements);
    }

    [Fact]
    public void Built_ins_are_named_in_upper_case_and_uri_is_iri()
    {
        Assert.Equal(Call("STRLEN", V("a")), Expr("strlen(?a)"));
        Assert.Equal(Call("IRI", V("a")), Expr("URI(?a)"));
        Assert.Equal(Call("ISIRI", V("a")), Expr("isURI(?a)"));
        Assert.Equal(Call("REGEX", V("a"), new ConstantExpression(Literal.Simple("x")), new ConstantExpression(Literal.Simple("i"))), Expr("regex(?a, 'x', 'i')"));
        Assert.Equal(Call("SAMETERM", V("a"), V("b")), Expr("sameTerm(?a, ?b)"));
        Assert.Equal(Call("RAND"), Expr("RAND()"));
    }

    [Fact]
    public void Function_calls_and_casts_are_named_by_iri()
    {
        var cast = Assert.IsType<FunctionCallExpression>(Expr("<http://www.w3.org/2001/XMLSchema#integer>(?a)"));
        Assert.Equal(Xsd.Namespace + "integer", cast.Name);
        Assert.True(cast.IsIriFunction);
        Assert.Equal(new ConstantExpression(new Iri(Ex + "x")), Expr(":x"));
    }

    [Fact]
    public void Aggregates_keep_distinct_star_and_separator()
    {
        var select = Select("SELECT (COUNT(DISTINCT *) AS ?n) (GROUP_CONCAT(?x ; separator = ', ') AS ?all) (SAMPLE(?x) AS ?one) { ?s :p ?x }");
        Assert.Equal(new AggregateExpression("COUNT", true, null), select.Items[0].Expression);
        Assert.Equal(new AggregateExpression("GROUP_CONCAT", false, V("x"), ", "), select.Items[1].Expression);
        Assert.Equal(new AggregateExpression("SAMPLE", false, V("x")), select.Items[2].Expression);
    }

    [Fact]
    public void Aggregate_in_a_filter_is_an_error()
    {
        var error = QueryError("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }");
        Assert.Contains("aggregate COUNT is only allowed in SELECT, HAVING and ORDER BY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_aggregates_are_an_error()
    {
        QueryError("SELECT (SUM(COUNT(?o)) AS ?n) { ?s ?p ?o }");
    }

    [Fact]
    public void Filter_needs_brackets_or_a_call()
    {
        QueryError("SELECT * { ?s ?p ?o FILTER ?o }");
    }
}
