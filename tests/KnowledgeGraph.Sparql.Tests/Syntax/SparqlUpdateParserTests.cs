using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Syntax;
using static KnowledgeGraph.Sparql.Tests.Syntax.SyntaxAssertions;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class SparqlUpdateParserTests
{
    private static readonly Iri G = new(Ex + "g");

    private static SparqlUpdate Parse(string text) => SparqlParser.ParseUpdate(Prologue + text);

    [Fact]
    public void Empty_request_and_prologue_only_request_have_no_operations()
    {
        Assert.Empty(SparqlParser.ParseUpdate("").Operations);
        Assert.Empty(SparqlParser.ParseUpdate("# nothing\nBASE <http://x/> PREFIX a: <http://y/>").Operations);
    }

    [Fact]
    public void Operations_are_separated_by_semicolons_with_prologues_between()
    {
        var update = SparqlParser.ParseUpdate("PREFIX a: <http://a/> INSERT DATA { a:s a:p a:o } ; PREFIX b: <http://b/> DELETE DATA { b:s a:p b:o } ;");
        Assert.Collection(update.Operations, o => Assert.IsType<InsertDataOperation>(o), o => Assert.IsType<DeleteDataOperation>(o));
        var delete = (DeleteDataOperation)update.Operations[1];
        Assert.Equal(new TermNode(new Iri("http://b/s")), Assert.Single(Assert.Single(delete.Quads).Triples).Subject);
    }

    [Fact]
    public void Two_operations_without_a_semicolon_are_an_error()
    {
        UpdateError("CLEAR ALL CLEAR ALL");
    }

    [Fact]
    public void Quad_data_keeps_default_and_named_graph_blocks_in_order()
    {
        var insert = Assert.IsType<InsertDataOperation>(Assert.Single(Parse("INSERT DATA { :a :b :c GRAPH :g { :d :e :f } :h :i :j }").Operations));
        Assert.Equal([null, new TermNode(G), null], insert.Quads.Select(q => q.Graph));
    }

    [Fact]
    public void Variables_are_not_allowed_in_data()
    {
        Assert.Contains("variables are not allowed", UpdateError("INSERT DATA { ?s <http://x/p> 1 }").Message, StringComparison.Ordinal);
        UpdateError("DELETE DATA { GRAPH ?g { <http://x/s> <http://x/p> 1 } }");
    }

    [Fact]
    public void Blank_nodes_are_not_allowed_in_delete_forms()
    {
        UpdateError("DELETE DATA { _:b <http://x/p> 1 }");
        UpdateError("DELETE WHERE { [] <http://x/p> ?o }");
        UpdateError("DELETE { ?s <http://x/p> _:b } WHERE { ?s ?p ?o }");
        SparqlParser.ParseUpdate("INSERT { ?s <http://x/p> _:b } WHERE { ?s ?p ?o }");
    }

    [Fact]
    public void Blank_node_label_may_not_be_reused_by_a_later_operation()
    {
        UpdateError("INSERT DATA { _:b <http://x/p> 1 } ; INSERT DATA { _:b <http://x/p> 2 }");
        SparqlParser.ParseUpdate("INSERT DATA { GRAPH <http://x/g1> { _:b <http://x/p> 1 } GRAPH <http://x/g2> { _:b <http://x/p> 2 } }");
    }

    [Fact]
    public void Modify_keeps_with_templates_using_and_where()
    {
        var modify = Assert.IsType<ModifyOperation>(Assert.Single(Parse("WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o } USING :u USING NAMED :n WHERE { ?s :p ?o }").Operations));
        Assert.Equal(G, modify.With);
        Assert.NotNull(modify.Delete);
        Assert.NotNull(modify.Insert);
        Assert.Equal([new Iri(Ex + "u")], modify.Using.Default);
        Assert.Equal([new Iri(Ex + "n")], modify.Using.Named);
        var insertOnly = Assert.IsType<ModifyOperation>(Assert.Single(Parse("INSERT { ?s :q ?o } WHERE { ?s :p ?o }").Operations));
        Assert.Null(insertOnly.Delete);
    }

    [Fact]
    public void Graph_management_operations_are_parsed()
    {
        var update = Parse("LOAD SILENT :doc INTO GRAPH :g ; CLEAR DEFAULT ; DROP SILENT NAMED ; CREATE GRAPH :g ; ADD :g TO DEFAULT ; MOVE SILENT DEFAULT TO GRAPH :g ; COPY GRAPH :g TO :g ; CLEAR GRAPH :g ; DROP ALL");
        Assert.Equal(
            [
                new LoadOperation(true, new Iri(Ex + "doc"), G),
                new ClearOperation(false, new GraphTarget(GraphTargetKind.Default)),
                new DropOperation(true, new GraphTarget(GraphTargetKind.Named)),
                new CreateOperation(false, G),
                new GraphTransferOperation(GraphTransferKind.Add, false, G, null),
                new GraphTransferOperation(GraphTransferKind.Move, true, null, G),
                new GraphTransferOperation(GraphTransferKind.Copy, false, G, G),
                new ClearOperation(false, new GraphTarget(GraphTargetKind.Graph, G)),
                new DropOperation(false, new GraphTarget(GraphTargetKind.All)),
            ],
            update.Operations);
    }

    [Fact]
    public void Delete_where_takes_a_quad_pattern()
    {
        var delete = Assert.IsType<DeleteWhereOperation>(Assert.Single(Parse("DELETE WHERE { ?s :p ?o GRAPH ?g { ?s :q ?o } }").Operations));
        Assert.Equal(2, delete.Quads.Count);
        Assert.Equal(new VariableNode("g"), delete.Quads[1].Graph);
    }
}
