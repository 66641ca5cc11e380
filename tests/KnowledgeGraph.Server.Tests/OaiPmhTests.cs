using System.Text;
using System.Xml.Linq;

namespace KnowledgeGraph.Server.Tests;

public sealed class OaiPmhTests
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Edm = "http://www.europeana.eu/schemas/edm/";

    private static string ManyBooks(int count)
    {
        var turtle = new StringBuilder("@prefix schema: <https://schema.org/> .\n");
        for (int i = 0; i < count; i++)
        {
            turtle.Append($"<https://example.org/kg/work/{i:D3}> a schema:Book ; schema:name \"Book {i}\" .\n");
        }
        return turtle.ToString();
    }

    private static async Task<XDocument> Get(TestServers server, string query) =>
        XDocument.Parse(await server.Client.GetStringAsync("/oai?" + query));

    private static string? ErrorCode(XDocument response) => response.Root!.Element(Oai + "error")?.Attribute("code")?.Value;

    [Fact]
    public async Task Identify_names_the_repository_protocol_version_and_granularity()
    {
        await using var server = await TestServers.StartAsync();
        XElement identify = (await Get(server, "verb=Identify")).Root!.Element(Oai + "Identify")!;
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("http://localhost/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("no", identify.Element(Oai + "deletedRecord")!.Value);
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Dance", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=type:Spaceship", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&resumptionToken=garbage", "badResumptionToken")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=https://example.org/kg/nothing", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=urn:nothing", "idDoesNotExist")]
    public async Task Bad_requests_get_the_protocols_error_codes(string query, string code)
    {
        await using var server = await TestServers.StartAsync();
        XDocument response = await Get(server, query);
        Assert.Equal(code, ErrorCode(response));
        XElement request = response.Root!.Element(Oai + "request")!;
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(request.Attributes());
        }
    }

    [Fact]
    public async Task Metadata_formats_are_dublin_core_rdf_and_edm()
    {
        await using var server = await TestServers.StartAsync();
        var prefixes = (await Get(server, "verb=ListMetadataFormats")).Descendants(Oai + "metadataPrefix").Select(static e => e.Value);
        Assert.Equal(["oai_dc", "rdf", "edm"], prefixes);
    }

    [Fact]
    public async Task Sets_are_the_types_of_the_resources()
    {
        await using var server = await TestServers.StartAsync();
        var specs = (await Get(server, "verb=ListSets")).Descendants(Oai + "setSpec").Select(static e => e.Value);
        Assert.Equal(["type:Book", "type:Person"], specs);
    }

    [Fact]
    public async Task Get_record_in_dublin_core_maps_title_creator_type_and_identifiers()
    {
        await using var server = await TestServers.StartAsync();
        XDocument response = await Get(server, "verb=GetRecord&metadataPrefix=oai_dc&identifier=https://example.org/kg/work/zhivago");
        XElement dc = response.Descendants(Oai + "metadata").Single().Elements().Single();
        Assert.Equal("Doctor Zhivago", dc.Element(Dc + "title")!.Value);
        Assert.Equal("Boris Pasternak", dc.Element(Dc + "creator")!.Value);
        Assert.Equal("Book", dc.Element(Dc + "type")!.Value);
        Assert.Contains("http://localhost/work/zhivago.html", dc.Elements(Dc + "identifier").Select(static e => e.Value));
        Assert.Equal("type:Book", response.Descendants(Oai + "setSpec").Single().Value);
    }

    [Fact]
    public async Task Edm_makes_people_agents_and_works_provided_objects_with_an_aggregation()
    {
        await using var server = await TestServers.StartAsync();
        XDocument person = await Get(server, "verb=GetRecord&metadataPrefix=edm&identifier=https://example.org/kg/person/anna");
        Assert.Single(person.Descendants(Edm + "Agent"));
        XDocument work = await Get(server, "verb=GetRecord&metadataPrefix=edm&identifier=https://example.org/kg/work/zhivago");
        Assert.Single(work.Descendants(Edm + "ProvidedCHO"));
        Assert.Single(work.Descendants(XName.Get("Aggregation", "http://www.openarchives.org/ore/terms/")));
        Assert.Single(work.Descendants(Edm + "isShownAt"));
    }

    [Fact]
    public async Task Resumption_tokens_page_through_every_record_exactly_once()
    {
        await using var server = await TestServers.StartAsync(ManyBooks(120));
        var seen = new List<string>();
        string query = "verb=ListIdentifiers&metadataPrefix=oai_dc";
        for (int page = 0; page < 10; page++)
        {
            XDocument response = await Get(server, query);
            seen.AddRange(response.Descendants(Oai + "identifier").Select(static e => e.Value));
            XElement? token = response.Descendants(Oai + "resumptionToken").SingleOrDefault();
            if (token is null || token.Value.Length == 0)
            {
                Assert.Equal("120", token?.Attribute("completeListSize")?.Value);
                break;
            }
            query = "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }
        Assert.Equal(120, seen.Count);
        Assert.Equal(120, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_resumption_token_expires_when_the_data_changes()
    {
        await using var server = await TestServers.StartAsync(ManyBooks(60), new ServerOptions { BaseIri = TestServers.Base, UpdateToken = "t" });
        XDocument first = await Get(server, "verb=ListRecords&metadataPrefix=oai_dc");
        string token = first.Descendants(Oai + "resumptionToken").Single().Value;
        using var update = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <https://example.org/kg/work/new> a <https://schema.org/Book> }", Encoding.UTF8, "application/sparql-update"),
        };
        update.Headers.Authorization = new("Bearer", "t");
        (await server.Client.SendAsync(update)).EnsureSuccessStatusCode();
        Assert.Equal("badResumptionToken", ErrorCode(await Get(server, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token))));
    }

    [Fact]
    public async Task Post_requests_work_like_get()
    {
        await using var server = await TestServers.StartAsync();
        using var form = new FormUrlEncodedContent([new("verb", "Identify")]);
        XDocument response = XDocument.Parse(await (await server.Client.PostAsync("/oai", form)).Content.ReadAsStringAsync());
        Assert.NotNull(response.Root!.Element(Oai + "Identify"));
    }
}
