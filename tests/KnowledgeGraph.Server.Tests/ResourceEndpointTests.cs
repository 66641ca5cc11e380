using System.Net;
using System.Net.Http.Headers;

namespace KnowledgeGraph.Server.Tests;

public sealed class ResourceEndpointTests
{
    [Theory]
    [InlineData("text/turtle", "/person/anna.ttl")]
    [InlineData("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "/person/anna.html")]
    [InlineData("application/rdf+xml", "/person/anna.rdf")]
    [InlineData("application/n-triples", "/person/anna.nt")]
    [InlineData("*/*", "/person/anna.ttl")]
    public async Task A_thing_answers_303_to_the_document_in_the_negotiated_format(string accept, string location)
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/person/anna");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_thing_without_an_accept_header_gets_turtle()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/person/anna");
        Assert.Equal("/person/anna.ttl", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_format_parameter_overrides_the_accept_header()
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/person/anna?format=nt");
        request.Headers.Accept.ParseAdd("text/html");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal("/person/anna.nt", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unacceptable_format_is_406_listing_the_available_ones()
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/person/anna");
        request.Headers.Accept.ParseAdd("image/png");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("text/turtle", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_turtle_document_holds_the_statements_about_the_thing_and_labels_of_what_it_links_to()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/person/anna.ttl");
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Anna Akhmatova", body);
        Assert.Contains("Boris Pasternak", body);
        Assert.DoesNotContain("Doctor Zhivago", body);
    }

    [Fact]
    public async Task A_document_lists_its_alternates_in_link_headers()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/person/anna.ttl");
        string link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("</person/anna.html>; rel=\"alternate\"; type=\"text/html\"", link);
        Assert.Contains("</person/anna.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\"", link);
    }

    [Fact]
    public async Task A_blank_node_object_is_part_of_the_description()
    {
        await using var server = await TestServers.StartAsync();
        string body = await server.Client.GetStringAsync("/work/poems.nt");
        Assert.Contains("Someone unnamed", body);
    }

    [Fact]
    public async Task The_html_page_shows_the_label_in_english_types_properties_and_incoming_links()
    {
        await using var server = await TestServers.StartAsync();
        string page = await server.Client.GetStringAsync("/person/boris.html");
        Assert.Contains("<h1>Boris Pasternak</h1>", page);
        Assert.Contains("<a href=\"/work/zhivago\"", page);
        Assert.Contains("<a href=\"/person/anna\" title=\"https://example.org/kg/person/anna\">Anna Akhmatova</a>", page);
        Assert.Contains("<html lang=\"en\">", page);
        Assert.DoesNotContain("<script src", page);
    }

    [Fact]
    public async Task An_unchanged_document_answers_304_to_a_conditional_request()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage first = await server.Client.GetAsync("/person/anna.ttl");
        EntityTagHeaderValue etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/person/anna.ttl");
        again.Headers.IfNoneMatch.Add(etag);
        using HttpResponseMessage second = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.NotNull(first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task A_document_served_again_after_an_update_shows_the_update_under_a_new_etag()
    {
        await using var server = await TestServers.StartAsync(options: new ServerOptions { BaseIri = TestServers.Base, UpdateToken = "t" });
        using HttpResponseMessage before = await server.Client.GetAsync("/person/anna.ttl");
        using HttpResponseMessage beforeAgain = await server.Client.GetAsync("/person/anna.ttl");
        Assert.Equal(await before.Content.ReadAsStringAsync(), await beforeAgain.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Silver Age", await before.Content.ReadAsStringAsync());
        using var update = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <https://example.org/kg/person/anna> <https://schema.org/description> \"Silver Age poet\" }", System.Text.Encoding.UTF8, "application/sparql-update"),
        };
        update.Headers.Authorization = new("Bearer", "t");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(update)).StatusCode);

        using HttpResponseMessage after = await server.Client.GetAsync("/person/anna.ttl");

        Assert.Contains("Silver Age poet", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Head_answers_the_headers_without_a_body()
    {
        await using var server = await TestServers.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Head, "/person/anna.ttl");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task Get_responses_allow_any_origin()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/person/anna.ttl");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task An_unknown_resource_is_404_problem_details()
    {
        await using var server = await TestServers.StartAsync();
        using HttpResponseMessage response = await server.Client.GetAsync("/person/nobody");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_index_page_counts_resources_by_type_and_searches_labels()
    {
        await using var server = await TestServers.StartAsync();
        string page = await server.Client.GetStringAsync("/?q=pasternak");
        Assert.Contains("https://schema.org/Person", page);
        Assert.Contains("<a href=\"/person/boris\">Boris Pasternak</a>", page);
    }

    [Fact]
    public async Task Properties_are_named_by_their_vocabulary_labels_when_the_vocabulary_is_served()
    {
        const string data = TestServers.People + """

            <https://example.org/kg/person/anna> <https://example.org/vocab#bornIn> "Odessa" .
            <https://example.org/vocab#bornIn> <http://www.w3.org/2000/01/rdf-schema#label> "born in"@en .
            """;
        await using var server = await TestServers.StartAsync(data);
        string page = await server.Client.GetStringAsync("/person/anna.html");
        Assert.Contains(">born in</a></th><td>Odessa</td>", page);
    }

    [Fact]
    public async Task The_json_ld_document_is_compacted_with_the_published_context()
    {
        const string context = """{ "@context": { "schema": "https://schema.org/", "name": "schema:name", "Person": "schema:Person" } }""";
        await using var server = await TestServers.StartAsync(options: new ServerOptions { BaseIri = TestServers.Base, JsonLdContext = context });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/person/boris");
        request.Headers.Accept.ParseAdd("application/ld+json");
        using HttpResponseMessage redirect = await server.Client.SendAsync(request);
        Assert.Equal("/person/boris.jsonld", redirect.Headers.Location?.OriginalString);
        using var json = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/person/boris.jsonld"));
        string text = json.RootElement.ToString();
        Assert.Contains("\"Person\"", text);
        Assert.DoesNotContain("https://schema.org/Person", text);
        Assert.Equal(context, await server.Client.GetStringAsync("/context.jsonld"));
    }

    [Fact]
    public async Task The_label_policy_decides_which_language_a_page_shows()
    {
        var options = new ServerOptions { BaseIri = TestServers.Base, Labels = Resources.LabelPolicy.Default with { Language = "ru" } };
        await using var server = await TestServers.StartAsync(options: options);
        string page = await server.Client.GetStringAsync("/person/anna.html");
        Assert.Contains("<h1>Анна Ахматова</h1>", page);
    }
}
