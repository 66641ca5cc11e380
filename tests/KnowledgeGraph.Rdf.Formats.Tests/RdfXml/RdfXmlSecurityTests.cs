using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using static KnowledgeGraph.Rdf.Formats.Tests.RdfXml.RdfXmlTestGraphs;

namespace KnowledgeGraph.Rdf.Formats.Tests.RdfXml;

public sealed class RdfXmlSecurityTests
{
    [Fact]
    public void RdfXml_external_entity_is_rejected_not_resolved()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            string xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "http://127.0.0.1:{port}/secret"> ]>
                <rdf:RDF xmlns:rdf="{RdfNs}" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
                </rdf:RDF>
                """;

            var error = Assert.Throws<RdfSyntaxException>(() => Read(xml)).Error;

            Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
            Thread.Sleep(100);
            Assert.False(listener.Pending(), "the reader opened a connection to fetch the external entity");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void RdfXml_external_file_entity_content_never_reaches_the_graph_even_in_lenient_mode()
    {
        string secretFile = Path.GetTempFileName();
        File.WriteAllText(secretFile, "TOP-SECRET");
        try
        {
            string xml = $"""
                <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "{new Uri(secretFile).AbsoluteUri}"> ]>
                <rdf:RDF xmlns:rdf="{RdfNs}" xmlns:ex="http://example.org/">
                  <rdf:Description rdf:about="http://example.org/s"><ex:p>&secret;</ex:p></rdf:Description>
                </rdf:RDF>
                """;
            var errors = new List<RdfSyntaxError>();

            var triples = Read(xml, RdfReaderOptions.Default with { Lenient = true, OnError = errors.Add });

            Assert.DoesNotContain(triples, t => t.ToString().Contains("TOP-SECRET", StringComparison.Ordinal));
            Assert.NotEmpty(errors);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void RdfXml_entity_expansion_bomb_is_refused_before_any_expansion()
    {
        var xml = new StringBuilder("<!DOCTYPE rdf:RDF [ <!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++)
        {
            xml.Append($"<!ENTITY a{i} \"&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};\">");
        }
        xml.Append("]>").Append(Document("<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>&a9;</ex:p></rdf:Description>"));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml.ToString()));

        var error = Assert.Throws<RdfSyntaxException>(() => new RdfXmlReader().Read(stream, RdfReaderOptions.Default).ToList());

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }
}
