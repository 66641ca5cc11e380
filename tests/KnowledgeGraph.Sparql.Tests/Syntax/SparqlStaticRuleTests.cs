using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlStaticRuleTests
{
    [Fact]
    public void Select_expression_may_not_assign_a_variable_bound_in_the_pattern()
    {
        var error = QueryError("SELECT (1 AS ?x) { ?x ?p ?o }");
        Assert.Contains("?x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_expression_may_not_assign_a_variable_projected_before()
    {
        QueryError("SELECT ?o (1 AS ?o) {}");
        QueryError("SELECT (1 AS ?o) (2 AS ?o) {}");
    }

    [Fact]
    public void Select_expression_may_assign_a_variable_only_used_in_minus_or_filter()
    {
        SparqlParser.ParseQuery("SELECT (1 AS ?x) { ?s ?p ?o MINUS { ?x ?p ?o } FILTER(?x) }");
    }

    [Fact]
    public void Select_star_is_not_allowed_with_group_by()
    {
        Assert.Contains("SELECT *", QueryError("SELECT * { ?s ?p ?o } GROUP BY ?s").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ungrouped_projected_variable_is_an_error()
    {
        Assert.Contains("?o is projected but is neither grouped nor aggregated", QueryError("SELECT ?o { ?s ?p ?o } GROUP BY ?s").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_without_group_by_groups_the_whole_result()
    {
        QueryError("SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o }");
        SparqlParser.ParseQuery("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    }

    [Fact]
    public void Grouped_select_expressions_may_use_keys_aliases_and_aggregates()
    {
        SparqlParser.ParseQuery("SELECT ?k (SUM(?v) AS ?s) ((?s * 2) AS ?d) (STR(?k) AS ?t) { ?k ?p ?v } GROUP BY ?k");
        SparqlParser.ParseQuery("SELECT ?y (COUNT(?x) AS ?n) { ?x ?p ?z } GROUP BY (STR(?z) AS ?y)");
        Assert.Contains("?z is used", QueryError("SELECT ((?z + 1) AS ?w) (COUNT(?x) AS ?n) { ?x ?p ?z } GROUP BY (?z + 1)").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_may_not_assign_a_variable_in_scope_earlier_in_its_group()
    {
        Assert.Contains("BIND", QueryError("SELECT * { ?s ?p ?o BIND(1 AS ?o) }").Message, StringComparison.Ordinal);
        QueryError("SELECT * { { ?s ?p ?o } UNION { ?s ?p ?q } BIND(1 AS ?q) }");
    }

    [Fact]
    public void Bind_may_reuse_a_variable_of_a_later_element_or_an_inner_group()
    {
        SparqlParser.ParseQuery("SELECT * { BIND(1 AS ?o) ?s ?p ?o }");
        SparqlParser.ParseQuery("SELECT * { { ?s ?p ?o } { BIND(1 AS ?o) } }");
    }

    [Fact]
    public void Static_rules_apply_inside_sub_queries_and_exists()
    {
        QueryError("SELECT * { { SELECT * { ?s ?p ?o } GROUP BY ?s } }");
        QueryError("SELECT * { FILTER EXISTS { ?s ?p ?o BIND(1 AS ?s) } }");
    }

    [Fact]
    public void Static_rule_errors_point_at_the_offending_variable()
    {
        var ungrouped = QueryError("SELECT ?s ?o { ?s ?p ?o } GROUP BY ?s");
        Assert.Equal("line 1, column 11: ?o is projected but is neither grouped nor aggregated", ungrouped.Message);
        var bind = QueryError("SELECT * {\n  ?s ?p ?o\n  BIND(1 AS ?o) }");
        Assert.Equal((3, 13, "?o"), (bind.Line, bind.Column, bind.Token));
        var star = QueryError("ASK { { SELECT * { ?s ?p ?o } GROUP BY ?s } }");
        Assert.Equal((1, 9), (star.Line, star.Column));
    }

    [Fact]
    public void Values_variables_may_not_repeat()
    {
        Assert.Contains("?a appears twice", QueryError("SELECT * { VALUES (?a ?a) { (1 2) } }").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_rows_must_match_the_variables()
    {
        var error = QueryError("SELECT * {} VALUES (?a ?b) { (1 2) (3) }");
        Assert.Equal("line 1, column 36: a VALUES row has 1 value(s) for 2 variable(s)", error.Message);
    }

    [Fact]
    public void Blank_node_label_may_not_be_shared_by_two_basic_graph_patterns()
    {
        var error = QueryError("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }");
        Assert.Equal("_:a", error.Token);
        Assert.Equal(33, error.Column);
    }

    [Fact]
    public void Blank_node_label_may_be_shared_across_a_filter_in_one_basic_graph_pattern()
    {
        SparqlParser.ParseQuery("SELECT * { _:a ?p ?o . FILTER(?o) _:a ?q ?r }");
    }

    [Fact]
    public void Template_blank_node_labels_are_separate_from_the_pattern()
    {
        SparqlParser.ParseQuery("CONSTRUCT { _:a ?p ?o } WHERE { _:a ?p ?o OPTIONAL { ?o ?q ?r } }");
    }

    [Fact]
    public void Sub_select_must_be_alone_in_its_braces()
    {
        QueryError("SELECT * { ?s ?p ?o SELECT * { ?s ?p ?o } }");
    }
}
