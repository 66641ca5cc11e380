using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Server.Tests;

public sealed class SparqlEndpointTests
{
    private const string Names = "SELECT ?name { ?p a <https://schema.org/Person> ; <https://schema.org/name>|<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name";

    [Fact]
    public async Task Get_with_a_query_answers_sparql_json_by_default()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(Names));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("results").GetProperty("bindings").GetArrayLength());
    }

    [Fact]
    public async Task A_form_post_and_a_direct_post_give_the_same_answer()
    {
        await using var server = await TestServers.StartAsync();
        using var form = new FormUrlEncodedContent([new("query", Names)]);
        string viaForm = await (await server.Client.PostAsync("/sparql", form)).Content.ReadAsStringAsync();
        using var direct = new StringContent(Names, Encoding.UTF8, "application/sparql-query");
        string viaBody = await (await server.Client.PostAsync("/sparql", direct)).Content.ReadAsStringAsync();
        Assert.Equal(viaForm, viaBody);
        Assert.Contains("Boris Pasternak", viaBody);
    }

    [Theory]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/tab-separated-values", "text/tab-separated-values")]
    [InlineData("application/sparql-results+xml", "application/sparql-results+xml")]
    [InlineData("application/json", "application/sparql-results+json")]
    public async Task Results_come_in_the_negotiated_format(string accept, string expected)
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(Names));
        request.Headers.Accept.ParseAdd(accept);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_format_parameter_chooses_the_result_format()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?format=xml&query=" + Uri.EscapeDataString(Names));
        Assert.Equal("application/sparql-results+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Construct_answers_turtle()
    {
        await using var server = await TestServers.StartAsync();
        const string query = "CONSTRUCT { ?w <http://purl.org/dc/terms/creator> ?a } WHERE { ?w <https://schema.org/author> ?a }";
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(query));
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("creator", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_syntax_error_is_400_with_line_and_column()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * {\n  ?s ?p"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, problem.RootElement.GetProperty("line").GetInt32());
        Assert.True(problem.RootElement.GetProperty("column").GetInt32() > 0);
    }

    [Fact]
    public async Task A_query_over_the_row_cap_is_refused_with_advice()
    {
        await using var server = await TestServers.StartAsync(options: new ServerOptions { BaseIri = TestServers.Base, MaxResultRows = 3 });
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * { ?s ?p ?o }"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("LIMIT", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_past_the_time_limit_is_stopped_and_the_server_keeps_answering()
    {
        await using var server = await TestServers.StartAsync(options: new ServerOptions { BaseIri = TestServers.Base, QueryTimeout = TimeSpan.FromMilliseconds(1), MaxResultRows = int.MaxValue - 1 });
        const string cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(cross));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using HttpResponseMessage health = await server.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Without_a_query_the_endpoint_describes_the_service()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/sparql");
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sd:Service", body);
        Assert.Contains("SPARQL11Query", body);
        Assert.DoesNotContain("SPARQL11Update", body);
    }

    [Fact]
    public async Task Put_is_405_with_the_allowed_methods()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.PutAsync("/sparql?query=ASK%7B%7D", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Without_a_token_there_is_no_update_route()
    {
        await using var server = await TestServers.StartAsync();
        using var update = new StringContent("CLEAR ALL", Encoding.UTF8, "application/sparql-update");
        using HttpResponseMessage response = await server.Client.PostAsync("/update", update);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(server.Store.OpenSnapshot().Count > 0);
    }

    [Fact]
    public async Task The_update_route_refuses_a_wrong_token_and_applies_an_update_with_the_right_one()
    {
        await using var server = await TestServers.StartAsync(options: new ServerOptions { BaseIri = TestServers.Base, UpdateToken = "s3cret" });
        long before = server.Store.OpenSnapshot().Count;
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/update") { Content = new StringContent("CLEAR ALL", Encoding.UTF8, "application/sparql-update") };
        wrong.Headers.Authorization = new("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);
        Assert.Equal(before, server.Store.OpenSnapshot().Count);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <https://example.org/kg/x> <https://schema.org/name> \"X\" }", Encoding.UTF8, "application/sparql-update"),
        };
        right.Headers.Authorization = new("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(right)).StatusCode);
        Assert.Equal(before + 1, server.Store.OpenSnapshot().Count);
    }
}
