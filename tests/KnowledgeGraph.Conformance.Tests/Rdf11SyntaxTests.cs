namespace KnowledgeGraph.Conformance.Tests;

/// <summary>The RDF 1.1 syntax suites: every test of each manifest is one theory case.</summary>
public sealed class Rdf11SyntaxTests
{
    private const string NTriplesManifest = "rdf11/rdf-n-triples/manifest.ttl";
    private const string NQuadsManifest = "rdf11/rdf-n-quads/manifest.ttl";
    private const string TurtleManifest = "rdf11/rdf-turtle/manifest.ttl";
    private const string TrigManifest = "rdf11/rdf-trig/manifest.ttl";
    private const string RdfXmlManifest = "rdf11/rdf-xml/manifest.ttl";

    public static TheoryData<string> NTriples => ConformanceCases.For(NTriplesManifest);
    public static TheoryData<string> NQuads => ConformanceCases.For(NQuadsManifest);
    public static TheoryData<string> Turtle => ConformanceCases.For(TurtleManifest);
    public static TheoryData<string> Trig => ConformanceCases.For(TrigManifest);
    public static TheoryData<string> RdfXml => ConformanceCases.For(RdfXmlManifest);

    [Theory, MemberData(nameof(NTriples))]
    public void N_Triples_test_passes(string key) => ConformanceCases.AssertPasses(NTriplesManifest, key);

    [Theory, MemberData(nameof(NQuads))]
    public void N_Quads_test_passes(string key) => ConformanceCases.AssertPasses(NQuadsManifest, key);

    [Theory, MemberData(nameof(Turtle))]
    public void Turtle_test_passes(string key) => ConformanceCases.AssertPasses(TurtleManifest, key);

    [Theory, MemberData(nameof(Trig))]
    public void TriG_test_passes(string key) => ConformanceCases.AssertPasses(TrigManifest, key);

    [Theory, MemberData(nameof(RdfXml))]
    public void RdfXml_test_passes(string key) => ConformanceCases.AssertPasses(RdfXmlManifest, key);
}
