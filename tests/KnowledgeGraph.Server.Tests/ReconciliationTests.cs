using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// The reconciliation service over the essay graph, with requests shaped as OpenRefine sends them: the manifest by GET
/// (with a JSONP callback in older versions), batches as a form-encoded POST field <c>queries</c> or a GET parameter.
/// </summary>
public sealed class ReconciliationTests(BuiltEssayServer essay) : IClassFixture<BuiltEssayServer>
{
    private const string Kgo = "https://w3id.org/kg-essays/ontology#";
    private const string Trotsky = TestServers.Base + "person/leon-trotsky";
    private const string Khrushchev = TestServers.Base + "person/nikita-s-krushchev";
    private const string Marx = TestServers.Base + "person/karl-marx";
    private const string Moscow = TestServers.Base + "place/moscow";

    [Fact]
    public async Task The_manifest_names_our_identifier_and_schema_spaces_types_services_and_batch_size()
    {
        using JsonDocument manifest = JsonDocument.Parse(await essay.Client.GetStringAsync("/reconcile"));
        JsonElement root = manifest.RootElement;

        Assert.Contains("0.2", root.GetProperty("versions").EnumerateArray().Select(static v => v.GetString()));
        Assert.Equal(TestServers.Base, root.GetProperty("identifierSpace").GetString());
        Assert.Equal(Kgo, root.GetProperty("schemaSpace").GetString());
        var types = root.GetProperty("defaultTypes").EnumerateArray().ToDictionary(static t => t.GetProperty("id").GetString()!, static t => t.GetProperty("name").GetString());
        Assert.Equal("Person", types[Kgo + "Person"]);
        Assert.Equal(5, types.Count);
        Assert.Equal("http://localhost/reconcile/view?id={{id}}", root.GetProperty("view").GetProperty("url").GetString());
        Assert.Equal("http://localhost/reconcile/preview?id={{id}}", root.GetProperty("preview").GetProperty("url").GetString());
        Assert.True(root.GetProperty("preview").GetProperty("width").GetInt32() > 0);
        Assert.Equal("/suggest/entity", root.GetProperty("suggest").GetProperty("entity").GetProperty("service_path").GetString());
        Assert.Equal(50, root.GetProperty("batchSize").GetInt32());
    }

    [Fact]
    public async Task A_callback_wraps_the_manifest_as_jsonp()
    {
        using HttpResponseMessage response = await essay.Client.GetAsync("/reconcile?callback=jQuery1102_1700000000");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("/**/jQuery1102_1700000000(", body, StringComparison.Ordinal);
        Assert.EndsWith(");", body, StringComparison.Ordinal);
        string json = body["/**/jQuery1102_1700000000(".Length..^2];
        using JsonDocument manifest = JsonDocument.Parse(json);
        Assert.Equal(TestServers.Base, manifest.RootElement.GetProperty("identifierSpace").GetString());
    }

    [Fact]
    public async Task A_callback_that_is_not_a_plain_name_is_refused()
    {
        using HttpResponseMessage response = await essay.Client.GetAsync("/reconcile?callback=" + Uri.EscapeDataString("alert(document.cookie)//"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("callback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_batch_of_name_variants_finds_trotsky_first_each_time()
    {
        using JsonDocument answer = await PostAsync("""
            {"q0": {"query": "Trotsky", "limit": 3}, "q1": {"query": "L. Trotsky", "limit": 3}, "q2": {"query": "Leon Trotsky", "limit": 3, "type_strict": "any"}}
            """);

        foreach (string key in (string[])["q0", "q1", "q2"])
        {
            JsonElement best = answer.RootElement.GetProperty(key).GetProperty("result")[0];
            Assert.Equal(Trotsky, best.GetProperty("id").GetString());
            Assert.Equal("Leon Trotsky", best.GetProperty("name").GetString());
            Assert.InRange(best.GetProperty("score").GetDouble(), 80, 100);
            Assert.Contains(best.GetProperty("type").EnumerateArray(), static t => t.GetProperty("id").GetString() == Kgo + "Person");
        }
        Assert.True(answer.RootElement.GetProperty("q2").GetProperty("result")[0].GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task A_get_batch_with_a_callback_answers_as_jsonp()
    {
        string queries = Uri.EscapeDataString("""{"q0":{"query":"Leon Trotsky"}}""");
        string body = await essay.Client.GetStringAsync($"/reconcile?queries={queries}&callback=cb");

        Assert.StartsWith("/**/cb(", body, StringComparison.Ordinal);
        using JsonDocument answer = JsonDocument.Parse(body["/**/cb(".Length..^2]);
        Assert.Equal(Trotsky, answer.RootElement.GetProperty("q0").GetProperty("result")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_type_keeps_places_out_of_person_results()
    {
        using JsonDocument answer = await PostAsync($$$"""
            {"any": {"query": "Moscow"}, "persons": {"query": "Moscow", "type": "{{{Kgo}}}Person"}, "places": {"query": "Moscow", "type": "{{{Kgo}}}Place"}}
            """);

        Assert.Equal(Moscow, Ids(answer, "any")[0]);
        Assert.Equal(Moscow, Ids(answer, "places")[0]);
        var persons = answer.RootElement.GetProperty("persons").GetProperty("result").EnumerateArray().ToList();
        Assert.DoesNotContain(persons, static r => r.GetProperty("type").EnumerateArray().Any(static t => t.GetProperty("id").GetString() == Kgo + "Place"));
        Assert.All(persons, static r => Assert.Contains(r.GetProperty("type").EnumerateArray(), static t => t.GetProperty("id").GetString() == Kgo + "Person"));
    }

    [Fact]
    public async Task A_misspelt_name_still_finds_the_person()
    {
        using JsonDocument answer = await PostAsync("""
            {"q0": {"query": "Kruschev"}, "q1": {"query": "Nikita Khrushchov"}, "q2": {"query": "Krushchev"}}
            """);

        Assert.Equal(Khrushchev, Ids(answer, "q0")[0]);
        Assert.Equal(Khrushchev, Ids(answer, "q1")[0]);
        Assert.Equal(Khrushchev, Ids(answer, "q2")[0]);
        Assert.False(answer.RootElement.GetProperty("q0").GetProperty("result")[0].GetProperty("match").GetBoolean());
    }

    [Fact]
    public async Task A_wikidata_item_as_property_value_lifts_the_linked_entity_to_a_match()
    {
        // "Karl" alone fits Karl Marx and Karl Radek alike; Marx's QID singles him out.
        using JsonDocument answer = await PostAsync("""
            {"vague": {"query": "Karl", "limit": 5},
             "linked": {"query": "Karl", "limit": 5, "properties": [{"pid": "wikidata", "v": "Q9061"}]},
             "by-iri": {"query": "Karl", "properties": [{"pid": "http://www.w3.org/2004/02/skos/core#exactMatch", "v": {"id": "http://www.wikidata.org/entity/Q9061", "name": "Karl Marx"}}]}}
            """);

        JsonElement vague = answer.RootElement.GetProperty("vague").GetProperty("result");
        JsonElement linked = answer.RootElement.GetProperty("linked").GetProperty("result");
        double vagueMarx = vague.EnumerateArray().Single(static r => r.GetProperty("id").GetString() == Marx).GetProperty("score").GetDouble();
        double vagueRadek = vague.EnumerateArray().Single(static r => r.GetProperty("id").GetString() == TestServers.Base + "person/karl-radek").GetProperty("score").GetDouble();
        Assert.Equal(vagueMarx, vagueRadek);
        Assert.False(vague[0].GetProperty("match").GetBoolean());

        Assert.Equal(Marx, linked[0].GetProperty("id").GetString());
        Assert.True(linked[0].GetProperty("score").GetDouble() >= vagueMarx + 5);
        Assert.True(linked[0].GetProperty("match").GetBoolean());
        Assert.Equal(Marx, Ids(answer, "by-iri")[0]);
    }

    [Fact]
    public async Task Malformed_queries_json_is_a_400_naming_the_line_and_column()
    {
        using HttpResponseMessage response = await PostRawAsync("""{"q0": {"query": "Trotsky",}}""");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(body);
        Assert.Equal(1, problem.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(28, problem.RootElement.GetProperty("column").GetInt32());
        Assert.Contains("line 1, column 28", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_value_is_a_400_naming_its_json_path()
    {
        using HttpResponseMessage response = await PostRawAsync("""{"q0": {"query": "Trotsky"}, "q1": {"query": "Marx", "limit": "three"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("$.q1.limit", problem.RootElement.GetProperty("jsonPath").GetString());
    }

    [Fact]
    public async Task A_batch_over_the_stated_size_is_a_400_stating_the_limit()
    {
        string batch = "{" + string.Join(",", Enumerable.Range(0, 51).Select(static i => $"\"q{i}\":{{\"query\":\"Marx\"}}")) + "}";
        using HttpResponseMessage response = await PostRawAsync(batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 50 queries", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_type_gives_empty_results_not_an_error()
    {
        using JsonDocument answer = await PostAsync("""{"q0": {"query": "Leon Trotsky", "type": "https://example.org/no-such-class"}}""");

        Assert.Equal(0, answer.RootElement.GetProperty("q0").GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task A_draft_json_body_is_answered_with_candidates()
    {
        using var content = new StringContent("""{"queries": [{"conditions": [{"matchType": "name", "v": "Leon Trotsky"}]}]}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await essay.Client.PostAsync("/reconcile", content);
        using JsonDocument answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Trotsky, answer.RootElement.GetProperty("results")[0].GetProperty("candidates")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_browser_may_post_a_form_from_another_origin_and_preflight_is_answered()
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/reconcile") { Content = Form("""{"q0":{"query":"Marx"}}""") };
        post.Headers.Add("Origin", "https://openrefine.example");
        using HttpResponseMessage posted = await essay.Client.SendAsync(post);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/reconcile");
        preflight.Headers.Add("Origin", "https://openrefine.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using HttpResponseMessage answered = await essay.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("*", posted.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Contains("POST", answered.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("Content-Type", answered.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Suggest_completes_a_prefix_and_filters_by_type()
    {
        using JsonDocument trot = JsonDocument.Parse(await essay.Client.GetStringAsync("/reconcile/suggest/entity?prefix=Trot"));
        using JsonDocument places = JsonDocument.Parse(await essay.Client.GetStringAsync("/reconcile/suggest/entity?prefix=mosc&type=" + Uri.EscapeDataString(Kgo + "Place")));

        var names = trot.RootElement.GetProperty("result").EnumerateArray().ToList();
        Assert.Equal(Trotsky, names[0].GetProperty("id").GetString());
        Assert.All(names, static n => Assert.Contains("trot", n.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal([Moscow], places.RootElement.GetProperty("result").EnumerateArray().Select(static p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_preview_is_a_self_contained_card_with_the_wikidata_link()
    {
        using HttpResponseMessage response = await essay.Client.GetAsync("/reconcile/preview?id=" + Uri.EscapeDataString(Trotsky));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<a href=\"http://localhost/person/leon-trotsky.html\" target=\"_blank\">Leon Trotsky</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Wikidata Q33391</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_view_template_leads_to_the_entity_page()
    {
        using HttpResponseMessage response = await essay.Client.GetAsync("/reconcile/view?id=" + Trotsky);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/person/leon-trotsky.html", response.Headers.Location?.OriginalString);
    }

    private async Task<JsonDocument> PostAsync(string queries)
    {
        using HttpResponseMessage response = await PostRawAsync(queries);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body);
    }

    private Task<HttpResponseMessage> PostRawAsync(string queries) => essay.Client.PostAsync("/reconcile", Form(queries));

    // OpenRefine posts the batch form-encoded, as the single field "queries".
    private static FormUrlEncodedContent Form(string queries) => new([new KeyValuePair<string, string>("queries", queries)]);

    private static List<string?> Ids(JsonDocument answer, string key) =>
        [.. answer.RootElement.GetProperty(key).GetProperty("result").EnumerateArray().Select(static r => r.GetProperty("id").GetString())];
}
