namespace KnowledgeGraph.Server.Tests;

/// <summary>The preview card escapes what the data says, so a name cannot inject markup into the client's page.</summary>
public sealed class ReconciliationPreviewTests
{
    private const string Hostile = """
        @prefix kgo: <https://w3id.org/kg-essays/ontology#> .
        @prefix schema: <https://schema.org/> .
        <https://example.org/kg/person/x> a kgo:Person ; schema:name "<script>alert(1)</script> & Co" ;
            schema:description "a \"quoted\" <b>bold</b> claim" .
        """;

    [Fact]
    public async Task The_preview_escapes_names_and_descriptions()
    {
        await using var server = await TestServers.StartAsync(Hostile);
        using HttpResponseMessage response = await server.Client.GetAsync("/reconcile/preview?id=https://example.org/kg/person/x");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("a &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; claim", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_missing_id_is_a_clear_error()
    {
        await using var server = await TestServers.StartAsync(Hostile);
        using HttpResponseMessage unknown = await server.Client.GetAsync("/reconcile/preview?id=https://example.org/kg/person/nobody");
        using HttpResponseMessage missing = await server.Client.GetAsync("/reconcile/preview");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, missing.StatusCode);
    }
}
