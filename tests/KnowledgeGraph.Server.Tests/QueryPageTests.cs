using System.Net;

namespace KnowledgeGraph.Server.Tests;

public sealed class QueryPageTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static async Task<HttpResponseMessage> Browse(TestServers server, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_browser_gets_the_query_form_with_the_example_queries()
    {
        var options = new ServerOptions { BaseIri = TestServers.Base, ExampleQueries = [("Who wrote what", "SELECT * { ?w <https://schema.org/author> ?a }")] };
        await using var server = await TestServers.StartAsync(options: options);
        using HttpResponseMessage response = await Browse(server, "/sparql");
        string page = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<form action=\"/sparql\" method=\"get\">", page);
        Assert.Contains(">Who wrote what</a>", page);
    }

    [Fact]
    public async Task A_browser_running_a_query_sees_a_table_with_linked_iris_and_downloads()
    {
        await using var server = await TestServers.StartAsync();
        string query = Uri.EscapeDataString("SELECT ?work ?author { ?work <https://schema.org/author> ?author }");
        string page = await (await Browse(server, "/sparql?query=" + query)).Content.ReadAsStringAsync();
        Assert.Contains("<th scope=\"col\">?work</th>", page);
        Assert.Contains("<a href=\"/work/zhivago\">https://example.org/kg/work/zhivago</a>", page);
        Assert.Contains("format=csv", page);
    }

    [Fact]
    public async Task A_syntax_error_is_shown_on_the_page_with_the_query_kept()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await Browse(server, "/sparql?query=" + Uri.EscapeDataString("SELECT * {"));
        string page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", page);
        Assert.Contains("SELECT * {</textarea>", page);
    }

    [Fact]
    public async Task A_client_accepting_anything_still_gets_sparql_results()
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("ASK {}"));
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
    }
}
