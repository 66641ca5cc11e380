using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlQueryParserTests
{
    private static TermNode Ex(string local) => new(new Iri(SyntaxAssertions.Ex + local));

    [Fact]
    public void Base_and_relative_iris_are_resolved()
    {
        var query = SparqlParser.ParseQuery("BASE <http://a/b/c> PREFIX p: <d/> SELECT * { <../x> p:y <#z> }");
        var triple = Assert.IsType<TriplePattern>(Assert.Single(Assert.IsType<TriplesBlockPattern>(Assert.Single(query.Where!.Elements)).Triples));
        Assert.Equal(new TermNode(new Iri("http://a/x")), triple.Subject);
        Assert.Equal(new TermNode(new Iri("http://a/b/d/y")), triple.Predicate);
        Assert.Equal(new TermNode(new Iri("http://a/b/c#z")), triple.Object);
    }

    [Fact]
    public void Select_expressions_distinct_and_dataset_are_kept()
    {
        var select = Select("SELECT DISTINCT ?a (STR(?b) AS ?c) FROM :g FROM NAMED :n WHERE { ?a :p ?b }");
        Assert.Equal(ProjectionModifier.Distinct, select.Projection);
        Assert.Equal([new SelectItem("a"), new SelectItem("c", new FunctionCallExpression("STR", new([new VariableExpression("b")])))], select.Items);
        Assert.Equal([Ex("g").Term], select.Dataset.Default);
        Assert.Equal([Ex("n").Term], select.Dataset.Named);
    }

    [Fact]
    public void Semicolons_and_commas_repeat_subject_and_predicate_in_order()
    {
        var triples = Triples(":s :p :a, :b ; :q :c ;");
        Assert.Equal(
            [new TriplePattern(Ex("s"), Ex("p"), Ex("a")), new TriplePattern(Ex("s"), Ex("p"), Ex("b")), new TriplePattern(Ex("s"), Ex("q"), Ex("c"))],
            triples);
    }

    [Fact]
    public void Blank_node_property_list_becomes_a_fresh_blank_node_with_its_triples()
    {
        var triples = Triples(":s :p [ :q :o ]");
        Assert.Equal(2, triples.Count);
        var outer = Assert.IsType<TriplePattern>(triples[0]);
        var inner = Assert.IsType<TriplePattern>(triples[1]);
        Assert.IsType<BlankNode>(Assert.IsType<TermNode>(outer.Object).Term);
        Assert.Equal(outer.Object, inner.Subject);
        Assert.Equal(Ex("o"), inner.Object);
    }

    [Fact]
    public void Collection_becomes_an_rdf_list()
    {
        var triples = Triples(":s :p (1 ?x)");
        Assert.Equal(5, triples.Count);
        var head = triples[0].Object;
        Assert.Equal(new TriplePattern(head, new TermNode(RdfVocab.First), new TermNode(Literal.Typed("1", Xsd.Integer))), triples[1]);
        var second = triples[2].Object;
        Assert.Equal(new TriplePattern(second, new TermNode(RdfVocab.First), new VariableNode("x")), triples[3]);
        Assert.Equal(new TriplePattern(second, new TermNode(RdfVocab.Rest), new TermNode(RdfVocab.Nil)), triples[4]);
    }

    [Fact]
    public void Empty_collection_is_rdf_nil_and_empty_brackets_a_blank_node()
    {
        var triple = Assert.IsType<TriplePattern>(Assert.Single(Triples("[] :p ()")));
        Assert.IsType<BlankNode>(Assert.IsType<TermNode>(triple.Subject).Term);
        Assert.Equal(new TermNode(RdfVocab.Nil), triple.Object);
    }

    [Fact]
    public void Property_paths_are_their_own_nodes()
    {
        var pattern = Assert.IsType<PathPattern>(Assert.Single(Triples("?s (:a/^:b)|:c* ?o")));
        var a = new PathLink(new Iri(SyntaxAssertions.Ex + "a"));
        var b = new PathLink(new Iri(SyntaxAssertions.Ex + "b"));
        var c = new PathLink(new Iri(SyntaxAssertions.Ex + "c"));
        Assert.Equal(
            new PathAlternative(new([new PathSequence(new([a, new PathInverse(b)])), new PathRepeat(c, PathModifier.ZeroOrMore)])),
            pattern.Path);
    }

    [Fact]
    public void Negated_property_set_separates_forward_and_inverse_iris()
    {
        var pattern = Assert.IsType<PathPattern>(Assert.Single(Triples("?s !(:a|^:b|a) ?o")));
        Assert.Equal(new PathNegatedSet(new([Ex("a").Term as Iri ?? throw new InvalidOperationException(), RdfVocab.Type]), new([(Iri)Ex("b").Term])), pattern.Path);
    }

    [Fact]
    public void A_single_iri_in_parentheses_is_a_plain_triple()
    {
        Assert.IsType<TriplePattern>(Assert.Single(Triples("?s (:p) ?o")));
    }

    [Fact]
    public void Group_elements_keep_their_order()
    {
        var elements = Elements("?s :p ?o . OPTIONAL { ?s :q ?q } FILTER(?o) ?s :r ?r BIND(1 AS ?one) MINUS { ?s :x ?x } VALUES ?v { 1 UNDEF }");
        Assert.Collection(elements,
            e => Assert.IsType<TriplesBlockPattern>(e),
            e => Assert.IsType<OptionalPattern>(e),
            e => Assert.IsType<FilterPattern>(e),
            e => Assert.IsType<TriplesBlockPattern>(e),
            e => Assert.IsType<BindPattern>(e),
            e => Assert.IsType<MinusPattern>(e),
            e => Assert.Equal(new ValuesPattern(new InlineData(new(["v"]), new([new SyntaxList<Term?>([Literal.Typed("1", Xsd.Integer)]), new SyntaxList<Term?>([null])]))), e));
    }

    [Fact]
    public void Union_graph_and_service_are_parsed()
    {
        var elements = Elements("{ ?a ?b ?c } UNION { ?d ?e ?f } UNION {} GRAPH ?g { } SERVICE SILENT :svc { ?x ?y ?z }");
        Assert.Equal(3, Assert.IsType<UnionPattern>(elements[0]).Alternatives.Count);
        Assert.Equal(new VariableNode("g"), Assert.IsType<NamedGraphPattern>(elements[1]).Graph);
        var service = Assert.IsType<ServicePattern>(elements[2]);
        Assert.True(service.Silent);
        Assert.Equal(Ex("svc"), service.Endpoint);
    }

    [Fact]
    public void Sub_select_is_a_group_of_its_own()
    {
        var group = Assert.IsType<GroupPattern>(Assert.Single(Elements("{ SELECT ?x { ?x ?p ?o } LIMIT 1 }")));
        var sub = Assert.IsType<SubSelectPattern>(Assert.Single(group.Elements));
        Assert.Equal(1, sub.Query.Modifier.Limit);
    }

    [Fact]
    public void Solution_modifiers_are_parsed()
    {
        var select = Select("SELECT ?g (SUM(?v) AS ?s) { ?g :v ?v } GROUP BY ?g HAVING (SUM(?v) > 2) ORDER BY ASC(?g) DESC(?s) ?g OFFSET 5 LIMIT 10");
        var modifier = select.Modifier;
        Assert.Equal([new GroupCondition(new VariableExpression("g"))], modifier.GroupBy);
        Assert.Single(modifier.Having);
        Assert.Equal([false, true, false], modifier.OrderBy.Select(o => o.Descending));
        Assert.Equal((10L, 5L), (modifier.Limit, modifier.Offset));
    }

    [Fact]
    public void Group_by_expression_with_alias_is_kept()
    {
        var select = Select("SELECT ?y (COUNT(*) AS ?n) { ?s :p ?x } GROUP BY (STR(?x) AS ?y)");
        Assert.Equal("y", Assert.Single(select.Modifier.GroupBy).Alias);
        Assert.Equal(new AggregateExpression("COUNT", false, null), select.Items[1].Expression);
    }

    [Fact]
    public void Construct_short_form_uses_the_pattern_as_template()
    {
        var construct = Assert.IsType<ConstructQuery>(SparqlParser.ParseQuery(Prologue + "CONSTRUCT WHERE { ?s :p ?o }"));
        Assert.True(construct.IsShortForm);
        Assert.Equal([new TriplePattern(new VariableNode("s"), Ex("p"), new VariableNode("o"))], construct.Template);
    }

    [Fact]
    public void Describe_without_where_and_ask_with_values_are_parsed()
    {
        var describe = Assert.IsType<DescribeQuery>(SparqlParser.ParseQuery(Prologue + "DESCRIBE :x ?y"));
        Assert.Null(describe.Where);
        Assert.Equal(2, describe.Targets.Count);
        var ask = Assert.IsType<AskQuery>(SparqlParser.ParseQuery("ASK {} VALUES (?a ?b) { (1 2) }"));
        Assert.Equal(["a", "b"], ask.Values!.Variables);
    }

    [Fact]
    public void Trailing_input_after_the_query_is_an_error()
    {
        QueryError("ASK {} ASK {}");
    }
}
