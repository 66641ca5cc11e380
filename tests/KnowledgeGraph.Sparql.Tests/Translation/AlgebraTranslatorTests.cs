using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Sparql.Tests.Translation;

public sealed class AlgebraTranslatorTests
{
    private const string Prefix = "PREFIX : <http://example.org/> ";

    private static string Sse(string query) =>
        SseWriter.Write(AlgebraTranslator.Translate(SparqlParser.ParseQuery(Prefix + query)).Algebra);

    private static string Lines(string text) => text.ReplaceLineEndings("\n");

    [Fact]
    public void Filters_of_a_group_apply_over_the_whole_group_and_optional_filters_go_into_the_left_join()
    {
        Assert.Equal(
            Lines("""
            (project (?s ?x)
              (filter (bound ?x)
                (leftjoin
                  (bgp (triple ?s <http://example.org/p> ?o))
                  (bgp (triple ?s <http://example.org/q> ?x))
                  (< ?x ?o))))
            """),
            Sse("SELECT ?s ?x { FILTER(BOUND(?x)) ?s :p ?o OPTIONAL { ?s :q ?x FILTER(?x < ?o) } }"));
    }

    [Fact]
    public void A_filter_of_a_nested_group_inside_optional_stays_inside_it()
    {
        Assert.Equal(
            Lines("""
            (project (?s ?x)
              (leftjoin
                (bgp (triple ?s <http://example.org/p> ?o))
                (filter (< ?x ?o)
                  (bgp (triple ?s <http://example.org/q> ?x)))))
            """),
            Sse("SELECT ?s ?x { ?s :p ?o OPTIONAL { { ?s :q ?x FILTER(?x < ?o) } } }"));
    }

    [Fact]
    public void Bind_ends_the_basic_graph_pattern_and_extends_what_came_before()
    {
        Assert.Equal(
            Lines("""
            (project (?s ?y ?z)
              (join
                (extend ((?y (STR ?s)))
                  (bgp (triple ?s <http://example.org/p> ?o)))
                (bgp (triple ?y <http://example.org/q> ?z))))
            """),
            Sse("SELECT ?s ?y ?z { ?s :p ?o BIND(STR(?s) AS ?y) ?y :q ?z }"));
    }

    [Fact]
    public void Sequence_paths_become_triple_patterns_through_fresh_hidden_variables()
    {
        TranslatedQuery query = AlgebraTranslator.Translate(SparqlParser.ParseQuery(Prefix + "SELECT * { ?a :p/^:q ?b . ?b :r+ ?c }"));
        var project = Assert.IsType<ProjectOp>(query.Algebra);
        Assert.Equal(["a", "b", "c"], project.Variables);
        var join = Assert.IsType<JoinOp>(project.Input);
        var bgp = Assert.IsType<BgpOp>(join.Left);
        Assert.Equal(2, bgp.Patterns.Count);
        string middle = bgp.Patterns[0].Object.Variable!;
        Assert.StartsWith("_:", middle);
        Assert.Equal(PatternTerm.Var("b"), bgp.Patterns[1].Subject);
        Assert.Equal(middle, bgp.Patterns[1].Object.Variable);
        Assert.IsType<PathOp>(join.Right);
    }

    [Fact]
    public void Blank_nodes_in_patterns_become_variables_that_select_star_does_not_show()
    {
        TranslatedQuery query = AlgebraTranslator.Translate(SparqlParser.ParseQuery(Prefix + "SELECT * { _:b :p ?o }"));
        var project = Assert.IsType<ProjectOp>(query.Algebra);
        Assert.Equal(["o"], project.Variables);
        var bgp = Assert.IsType<BgpOp>(project.Input);
        Assert.Equal("_:b", bgp.Patterns[0].Subject.Variable);
    }

    [Fact]
    public void Aggregates_group_then_having_filters_then_select_expressions_extend()
    {
        Assert.Equal(
            Lines("""
            (project (?s ?n)
              (extend ((?n ?_:.agg1))
                (filter (> ?_:.agg1 "1"^^<http://www.w3.org/2001/XMLSchema#integer>)
                  (group (?s) ((?_:.agg1 (count ?o)))
                    (bgp (triple ?s <http://example.org/p> ?o))))))
            """),
            Sse("SELECT ?s (COUNT(?o) AS ?n) { ?s :p ?o } GROUP BY ?s HAVING (COUNT(?o) > 1)"));
    }

    [Fact]
    public void Modifiers_wrap_in_order_by_project_distinct_slice_order()
    {
        Assert.Equal(
            Lines("""
            (slice 5 10
              (distinct
                (project (?o)
                  (order ((desc ?o))
                    (bgp (triple ?s <http://example.org/p> ?o))))))
            """),
            Sse("SELECT DISTINCT ?o { ?s :p ?o } ORDER BY DESC(?o) LIMIT 10 OFFSET 5"));
    }

    [Fact]
    public void Union_graph_minus_and_inline_values_keep_their_shapes()
    {
        Assert.Equal(
            Lines("""
            (project (?s ?g)
              (minus
                (join
                  (union
                    (bgp (triple ?s <http://example.org/p> ?o))
                    (graph ?g
                      (bgp (triple ?s <http://example.org/q> ?o))))
                  (table (vars ?s)
                    (row [?s <http://example.org/a>])))
                (bgp (triple ?s <http://example.org/r> ?o))))
            """),
            Sse("SELECT ?s ?g { { ?s :p ?o } UNION { GRAPH ?g { ?s :q ?o } } VALUES ?s { :a } MINUS { ?s :r ?o } }"));
    }

    [Fact]
    public void Trailing_values_join_after_the_pattern_and_dataset_clauses_become_a_dataset_description()
    {
        TranslatedQuery query = AlgebraTranslator.Translate(SparqlParser.ParseQuery(
            Prefix + "SELECT ?s FROM :g1 FROM NAMED :g2 { ?s :p ?o } ORDER BY ?s VALUES ?o { 1 }"));
        Assert.True(query.IsOrdered);
        Assert.Equal("http://example.org/g1", Assert.Single(query.Dataset!.DefaultGraphs).Value);
        Assert.Equal("http://example.org/g2", Assert.Single(query.Dataset.NamedGraphs).Value);
        var order = Assert.IsType<OrderByOp>(Assert.IsType<ProjectOp>(query.Algebra).Input);
        Assert.IsType<TableOp>(Assert.IsType<JoinOp>(order.Input).Right);
    }

    [Fact]
    public void Construct_keeps_template_blank_nodes_and_describe_lists_its_targets()
    {
        TranslatedQuery construct = AlgebraTranslator.Translate(SparqlParser.ParseQuery(Prefix + "CONSTRUCT { _:x :p ?o } WHERE { ?s :p ?o }"));
        Assert.Equal(QueryForm.Construct, construct.Form);
        Assert.IsType<Rdf.Terms.BlankNode>(Assert.Single(construct.Template).Subject.Term);

        TranslatedQuery describe = AlgebraTranslator.Translate(SparqlParser.ParseQuery(Prefix + "DESCRIBE :a ?s WHERE { ?s :p ?o }"));
        Assert.Equal(QueryForm.Describe, describe.Form);
        Assert.Equal([PatternTerm.Of(new Rdf.Terms.Iri("http://example.org/a")), PatternTerm.Var("s")], describe.DescribeTargets);
    }
}
