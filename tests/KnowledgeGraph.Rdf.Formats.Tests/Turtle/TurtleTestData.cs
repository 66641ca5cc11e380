using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.Turtle;

/// <summary>Shorthands for the Turtle tests.</summary>
internal static class TurtleTestData
{
    public const string Ex = "http://example/";

    public static Iri I(string local) => new(Ex + local);

    public static List<Quad> ReadTurtle(string text, RdfReaderOptions? options = null) =>
        new TurtleReader().Read(new StringReader(text), options ?? RdfReaderOptions.Default).ToList();

    public static RdfSyntaxError ReadTurtleExpectingError(string text, RdfReaderOptions? options = null) =>
        Assert.Throws<RdfSyntaxException>(() => ReadTurtle(text, options)).Error;

    public static string WriteTurtle(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        var output = new StringWriter();
        new TurtleWriter().Write(quads, output, options ?? new RdfWriterOptions { Prefixes = [new("ex", Ex)] });
        return output.ToString();
    }

    public static Quad Q(Term subject, Iri predicate, Term obj) => new(subject, predicate, obj, null);
}
