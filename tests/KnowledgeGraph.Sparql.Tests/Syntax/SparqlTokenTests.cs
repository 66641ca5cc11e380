using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlTokenTests
{
    private static Term ObjectOf(string whereBody) =>
        Assert.IsType<TermNode>(Assert.Single(Triples(whereBody)).Object).Term;

    [Fact]
    public void Prefixed_name_keeps_inner_dots_but_not_the_final_dot()
    {
        var triples = Triples(":s :p :a.b.c.");
        Assert.Equal(new Iri(Ex + "a.b.c"), Assert.IsType<TermNode>(Assert.Single(triples).Object).Term);
    }

    [Fact]
    public void Prefixed_name_unescapes_backslash_escapes_and_keeps_percent_escapes()
    {
        Assert.Equal(new Iri(Ex + "a~b%20c-d"), ObjectOf(@":s :p :a\~b%20c\-d"));
    }

    [Fact]
    public void Prefixed_name_may_start_with_a_digit_and_contain_colons()
    {
        Assert.Equal(new Iri(Ex + "1:2"), ObjectOf(":s :p :1:2"));
    }

    [Fact]
    public void Prefix_names_may_contain_dots_and_dashes()
    {
        var query = SparqlParser.ParseQuery("PREFIX a.b-c: <http://x/> SELECT * { ?s ?p a.b-c:z }");
        var triple = Assert.IsType<TriplePattern>(Assert.Single(Assert.IsType<TriplesBlockPattern>(Assert.Single(query.Where!.Elements)).Triples));
        Assert.Equal(new TermNode(new Iri("http://x/z")), triple.Object);
    }

    [Fact]
    public void Keyword_a_is_rdf_type_but_variable_a_is_a_variable()
    {
        var triples = Triples("?a a ?a");
        var triple = Assert.IsType<TriplePattern>(Assert.Single(triples));
        Assert.Equal(new VariableNode("a"), triple.Subject);
        Assert.Equal(new TermNode(RdfVocab.Type), triple.Predicate);
        Assert.Equal(new VariableNode("a"), triple.Object);
    }

    [Fact]
    public void Keyword_a_is_case_sensitive()
    {
        QueryError("SELECT * { ?s A ?o }");
    }

    [Fact]
    public void Other_keywords_are_case_insensitive()
    {
        var query = SparqlParser.ParseQuery("select distinct ?s where { ?s ?p ?o } order by desc(?s) limit 3");
        var select = Assert.IsType<SelectQuery>(query);
        Assert.Equal(ProjectionModifier.Distinct, select.Projection);
        Assert.Equal(3, select.Modifier.Limit);
        Assert.True(Assert.Single(select.Modifier.OrderBy).Descending);
    }

    [Theory]
    [InlineData("1", "1", Xsd.Namespace + "integer")]
    [InlineData(".5", ".5", Xsd.Namespace + "decimal")]
    [InlineData("1.5", "1.5", Xsd.Namespace + "decimal")]
    [InlineData("1e3", "1e3", Xsd.Namespace + "double")]
    [InlineData("1.E-3", "1.E-3", Xsd.Namespace + "double")]
    [InlineData(".5e+2", ".5e+2", Xsd.Namespace + "double")]
    [InlineData("-7", "-7", Xsd.Namespace + "integer")]
    [InlineData("+0.0", "+0.0", Xsd.Namespace + "decimal")]
    public void Numbers_become_typed_literals_with_their_lexical_form(string written, string lexical, string datatype)
    {
        Assert.Equal(Literal.Typed(lexical, new Iri(datatype)), ObjectOf(":s :p " + written));
    }

    [Fact]
    public void Integer_followed_by_a_dot_ends_the_triple()
    {
        var triples = Triples(":s :p 1. :s :q 2");
        Assert.Equal(2, triples.Count);
        Assert.Equal(new TermNode(Literal.Typed("1", Xsd.Integer)), triples[0].Object);
    }

    [Fact]
    public void Comparison_operators_are_not_mistaken_for_iris()
    {
        var and = Assert.IsType<AndExpression>(Expr("?a <= ?b && ?b < ?c"));
        Assert.Equal("<=", Assert.IsType<FunctionCallExpression>(and.Left).Name);
        Assert.Equal("<", Assert.IsType<FunctionCallExpression>(and.Right).Name);
    }

    [Fact]
    public void Iri_reference_directly_after_less_than_operand_is_an_iri()
    {
        var call = Assert.IsType<FunctionCallExpression>(Expr("?a = <http://example.org/x>"));
        Assert.Equal(new ConstantExpression(new Iri("http://example.org/x")), call.Arguments[1]);
    }

    [Fact]
    public void Long_strings_keep_newlines_and_inner_quotes()
    {
        Assert.Equal(Literal.Simple("a\n\"b\"\nc''d"), ObjectOf(":s :p \"\"\"a\n\"b\"\nc''d\"\"\""));
        Assert.Equal(Literal.Simple("x'y\"z"), ObjectOf(":s :p '''x'y\"z'''"));
    }

    [Fact]
    public void String_escapes_are_decoded()
    {
        Assert.Equal(Literal.Simple("t\tn\nq\"b\\"), ObjectOf(":s :p 't\\tn\\nq\\\"b\\\\'"));
    }

    [Fact]
    public void Codepoint_escapes_are_processed_before_parsing()
    {
        Assert.Equal(Literal.Simple("é"), ObjectOf(":s :p \"\\u00E9\""));
        Assert.Equal(new Iri(Ex + "é"), ObjectOf(":s :p :\\u00E9"));
    }

    [Fact]
    public void Language_tags_and_datatypes_attach_to_strings()
    {
        Assert.Equal(Literal.LanguageTagged("chat", "fr-BE"), ObjectOf(":s :p 'chat'@fr-BE"));
        Assert.Equal(Literal.Typed("5", Xsd.Integer), ObjectOf(":s :p '5'^^<http://www.w3.org/2001/XMLSchema#integer>"));
    }

    [Fact]
    public void Comments_are_skipped_but_hash_inside_iris_and_strings_is_kept()
    {
        var triples = Triples(":s :p <http://x/#frag> # comment { }\n . :s :q '#not a comment'");
        Assert.Equal(new TermNode(new Iri("http://x/#frag")), triples[0].Object);
        Assert.Equal(new TermNode(Literal.Simple("#not a comment")), triples[1].Object);
    }

    [Fact]
    public void Dollar_variables_are_the_same_as_question_mark_variables()
    {
        var triple = Assert.IsType<TriplePattern>(Assert.Single(Triples("$x ?p ?x")));
        Assert.Equal(triple.Subject, triple.Object);
    }

    [Fact]
    public void Booleans_are_xsd_boolean_literals()
    {
        Assert.Equal(Literal.Typed("true", Xsd.Boolean), ObjectOf(":s :p true"));
    }
}
