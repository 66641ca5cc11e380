using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing.Tests;

public sealed class ShaclGraphValidatorTests
{
    private static readonly Iri Person = new("https://schema.org/Person");
    private static readonly Iri Name = new("https://schema.org/name");
    private static readonly Iri Type = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static readonly string Sh = "http://www.w3.org/ns/shacl#";

    private static List<Triple> Shapes()
    {
        var shape = new Iri("https://example.org/shapes#PersonShape");
        var property = new BlankNode("p");
        return
        [
            new(shape, Type, new Iri(Sh + "NodeShape")),
            new(shape, new Iri(Sh + "targetClass"), Person),
            new(shape, new Iri(Sh + "property"), property),
            new(property, new Iri(Sh + "path"), Name),
            new(property, new Iri(Sh + "minCount"), Literal.Typed("1", new Iri("http://www.w3.org/2001/XMLSchema#integer"))),
        ];
    }

    [Fact]
    public void Data_that_breaks_a_shape_does_not_conform_and_the_report_names_the_focus_node()
    {
        var nameless = new Iri("https://example.org/kg/person/nameless");
        ValidationOutcome outcome = new ShaclGraphValidator().Validate([new Triple(nameless, Type, Person)], Shapes());
        Assert.True(outcome.Ran);
        Assert.False(outcome.Conforms);
        Assert.Contains("person/nameless", outcome.Report);
    }

    [Fact]
    public void Data_that_satisfies_the_shapes_conforms()
    {
        var anna = new Iri("https://example.org/kg/person/anna");
        ValidationOutcome outcome = new ShaclGraphValidator().Validate([new Triple(anna, Type, Person), new Triple(anna, Name, Literal.Simple("Anna"))], Shapes());
        Assert.True(outcome.Conforms);
    }
}
