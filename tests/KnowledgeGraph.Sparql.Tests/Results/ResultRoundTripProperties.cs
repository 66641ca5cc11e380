using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class ResultRoundTripProperties
{
    [Property(MaxTest = 200)]
    public Property Json_write_then_read_gives_back_the_same_results() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), results => RoundTrips(results, new SparqlJsonResultWriter(), new SparqlJsonResultReader()));

    [Property(MaxTest = 200)]
    public Property Indented_json_write_then_read_gives_back_the_same_results() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), results => RoundTrips(results, new SparqlJsonResultWriter(indented: true), new SparqlJsonResultReader()));

    [Property(MaxTest = 200)]
    public Property Xml_write_then_read_gives_back_the_same_results() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: true), results => RoundTrips(results, new SparqlXmlResultWriter(), new SparqlXmlResultReader()));

    [Property(MaxTest = 200)]
    public Property Tsv_write_then_read_gives_back_the_same_results() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), results => RoundTrips(results, new SparqlTsvResultWriter(), new SparqlTsvResultReader()));

    [Property(MaxTest = 200)]
    public Property Csv_write_then_read_keeps_every_value_as_csv_sees_it() =>
        Prop.ForAll(RandomResults.Select(xmlSafe: false), results =>
        {
            // CSV cannot tell the text "_:b1" from the blank node _:b1; such values are ambiguous by design.
            if (results.Solutions.Any(s => s.Bindings.Values.Any(t => t is Literal l && l.LexicalForm.StartsWith("_:", StringComparison.Ordinal))))
            {
                return;
            }
            var text = new StringWriter();
            new SparqlCsvResultWriter().Write(results, text);
            SparqlResultSet back = new SparqlCsvResultReader().Read(new StringReader(text.ToString()));
            SparqlResultComparison comparison = SparqlResultComparer.CompareAsCsv(back, results, ordered: true);
            Assert.True(comparison.AreEqual, comparison.Difference + "\n" + text);
        });

    private static void RoundTrips(SparqlResultSet results, ISparqlResultWriter writer, ISparqlResultReader reader)
    {
        var text = new StringWriter();
        writer.Write(results, text);
        SparqlResultSet back = reader.Read(new StringReader(text.ToString()));
        ResultAssert.Identical(results, back);

        // The byte path (UTF-8 stream) must agree with the text path.
        using var bytes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        ResultAssert.Identical(results, reader.Read(bytes));
    }
}
