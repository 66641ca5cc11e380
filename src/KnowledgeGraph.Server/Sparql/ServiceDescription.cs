using System.Text;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Negotiation;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Sparql;

/// <summary>
/// The SPARQL 1.1 Service Description returned by the endpoint for a request without a query: what the service
/// supports (languages, result formats, features) so clients can discover it.
/// </summary>
internal static class ServiceDescription
{
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";

    public static async Task WriteAsync(HttpContext http, ServerOptions options, RdfFormatRegistry formats)
    {
        RdfFormat? format = GraphFormats.Negotiate(http.Request, formats);
        if (format is null)
        {
            await Problems.WriteAsync(http, 406, "Not acceptable", "The service description is available as " + GraphFormats.Available(formats)).ConfigureAwait(false);
            return;
        }
        var buffer = new StringWriter { NewLine = "\n" };
        format.CreateWriter().Write(Describe(SparqlEndpoint.PublicEndpointIri(http), options, formats), buffer,
            RdfWriterOptions.Default with { Prefixes = [new("sd", Sd)] });
        http.Response.ContentType = format.MediaType + "; charset=utf-8";
        http.Response.Headers.Vary = "Accept";
        await http.Response.WriteAsync(buffer.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    private static IEnumerable<Quad> Describe(string endpoint, ServerOptions options, RdfFormatRegistry formats)
    {
        var service = new BlankNode("service");
        var dataset = new BlankNode("dataset");
        Iri Term(string local) => new(Sd + local);
        yield return new Quad(service, RdfVocab.Type, Term("Service"), null);
        yield return new Quad(service, Term("endpoint"), new Iri(endpoint), null);
        yield return new Quad(service, Term("supportedLanguage"), Term("SPARQL11Query"), null);
        if (options.UpdateToken is not null)
        {
            yield return new Quad(service, Term("supportedLanguage"), Term("SPARQL11Update"), null);
        }
        foreach (string format in new[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV" })
        {
            yield return new Quad(service, Term("resultFormat"), new Iri("http://www.w3.org/ns/formats/" + format), null);
        }
        foreach (RdfFormat format in formats.Formats.Where(static f => f.CanWrite))
        {
            yield return new Quad(service, Term("resultFormat"), new Iri(format.FormatIri), null);
        }
        yield return new Quad(service, Term("defaultDataset"), dataset, null);
        yield return new Quad(dataset, RdfVocab.Type, Term("Dataset"), null);
        yield return new Quad(dataset, new Iri("http://purl.org/dc/terms/title"), Literal.Simple(options.Title), null);
    }
}
