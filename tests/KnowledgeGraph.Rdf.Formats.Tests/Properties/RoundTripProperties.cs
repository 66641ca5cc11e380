using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Graphs;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Rdf.Formats.Tests.Properties;

/// <summary>Random datasets written in each syntax and read back must be isomorphic to what was written.</summary>
public sealed class RoundTripProperties
{
    private const int Cases = 300;

    [Property(MaxTest = Cases)]
    public Property N_Triples_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.NTriples, namedGraphs: false, xmlSafe: false);

    [Property(MaxTest = Cases)]
    public Property N_Quads_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.NQuads, namedGraphs: true, xmlSafe: false);

    [Property(MaxTest = Cases)]
    public Property Turtle_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.Turtle, namedGraphs: false, xmlSafe: false);

    [Property(MaxTest = Cases)]
    public Property TriG_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.TriG, namedGraphs: true, xmlSafe: false);

    [Property(MaxTest = Cases)]
    public Property RdfXml_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.RdfXml, namedGraphs: false, xmlSafe: true);

    [Property(MaxTest = Cases)]
    public Property Canonical_N_Quads_round_trip_is_lossless() =>
        RoundTrips(KnownRdfFormats.NQuads, namedGraphs: true, xmlSafe: false, canonical: true);

    [Property(MaxTest = Cases)]
    public Property Pretty_Turtle_with_prefixes_round_trip_is_lossless() =>
        RoundTrips(KnownRdfFormats.Turtle, namedGraphs: false, xmlSafe: false, prefixes: true);

    [Property(MaxTest = Cases)]
    public Property Json_ld_round_trip_is_lossless() => RoundTrips(KnownRdfFormats.JsonLd, namedGraphs: true, xmlSafe: false);

    [Property(MaxTest = Cases)]
    public Property Json_ld_compacted_with_prefixes_round_trip_is_lossless() =>
        RoundTrips(KnownRdfFormats.JsonLd, namedGraphs: true, xmlSafe: false, prefixes: true);

    private static Property RoundTrips(RdfFormat format, bool namedGraphs, bool xmlSafe, bool canonical = false, bool prefixes = false) =>
        Prop.ForAll(RandomDatasets.Arbitrary(namedGraphs, xmlSafe), written =>
        {
            var options = RdfWriterOptions.Default with
            {
                Canonical = canonical,
                Prefixes = prefixes
                    ? [new("ex", "http://example.org/"), new("ns", "http://example.org/ns#"), new("schema", "http://schema.org/")]
                    : [],
            };
            var text = new StringWriter { NewLine = "\n" };
            format.CreateWriter().Write(written, text, options);
            List<Quad> read;
            try
            {
                read = format.CreateReader().Read(new StringReader(text.ToString()), RdfReaderOptions.Default).ToList();
            }
            catch (RdfSyntaxException error)
            {
                return false.Label($"{format.Name} writer produced unreadable text: {error.Message}\n{text}");
            }
            var comparison = Isomorphism.Compare(written, read);
            return comparison.IsIsomorphic.Label($"{format.Name} round trip changed the data: {comparison.Reason}\n{text}");
        });
}
