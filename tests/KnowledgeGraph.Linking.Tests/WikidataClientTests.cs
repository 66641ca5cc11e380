using System.Collections.Concurrent;
using KnowledgeGraph.Linking.Wikidata;

namespace KnowledgeGraph.Linking.Tests;

/// <summary>The API client against the fake service, with faults injected: every failure mode ends in an answer or a clear error.</summary>
public sealed class WikidataClientTests : IAsyncLifetime
{
    private FakeWikidata _fake = null!;
    private readonly ConcurrentQueue<ResilienceNotice> _notices = new();

    public async Task InitializeAsync() => _fake = await FakeWikidata.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private WikidataClientOptions Options(TimeProvider? clock = null) => new()
    {
        ApiBase = _fake.ApiBase,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
        MaxRetryAttempts = 3,
        BreakerMinimumThroughput = 100,
        TimeProvider = clock ?? TimeProvider.System,
        OnNotice = _notices.Enqueue,
    };

    [Fact]
    public async Task Search_sends_the_etiquette_parameters_and_a_descriptive_user_agent()
    {
        using var client = new WikidataClient(Options());

        var hits = await client.SearchAsync("Leon Trotsky");

        Assert.Equal(["Q33391", "Q99990001"], hits.Select(h => h.Id));
        string request = Assert.Single(_fake.Requests);
        Assert.Contains("action=wbsearchentities", request, StringComparison.Ordinal);
        Assert.Contains("maxlag=5", request, StringComparison.Ordinal);
        Assert.Contains("format=json", request, StringComparison.Ordinal);
        Assert.Contains("search=Leon%20Trotsky", request, StringComparison.Ordinal);
        Assert.StartsWith("KnowledgeGraph-kg-link/", _fake.LastUserAgent, StringComparison.Ordinal);
        Assert.Contains("@", _fake.LastUserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_are_read_with_labels_aliases_types_and_years()
    {
        using var client = new WikidataClient(Options());

        var items = await client.GetItemsAsync(["Q33391", "Q404404404"]);

        WikidataItem trotsky = Assert.Single(items);
        Assert.Equal("Leon Trotsky", trotsky.Label);
        Assert.Contains("Lev Trotsky", trotsky.Aliases);
        Assert.Equal(["Q5"], trotsky.ItemValues("P31"));
        Assert.Equal([1879], trotsky.Years("P569"));
    }

    [Fact]
    public async Task Too_many_requests_waits_as_long_as_retry_after_asks_then_succeeds()
    {
        _fake.RetryAfterSeconds = 3;
        _fake.Enqueue(Fault.TooManyRequests);
        // The clock runs 1000 times faster: the 3 s the server asks for pass in 3 ms, and the notice shows 3 s.
        using var client = new WikidataClient(Options(new AcceleratedTime(1000)));

        var hits = await client.SearchAsync("Leon Trotsky");

        Assert.Equal("Q33391", hits[0].Id);
        Assert.Equal(2, _fake.Requests.Count);
        ResilienceNotice retry = Assert.Single(_notices);
        Assert.Equal(ResilienceEvent.Retry, retry.Event);
        Assert.StartsWith("429", retry.Reason, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(3), retry.Delay);
    }

    [Fact]
    public async Task A_maxlag_error_is_retried_after_the_retry_after_it_carries()
    {
        _fake.RetryAfterSeconds = 5;
        _fake.Enqueue(Fault.Maxlag, Fault.Maxlag);
        using var client = new WikidataClient(Options(new AcceleratedTime(1000)));

        var items = await client.GetItemsAsync(["Q855"]);

        Assert.Equal("Joseph Stalin", Assert.Single(items).Label);
        Assert.Equal(3, _fake.Requests.Count);
        Assert.All(_notices, n => Assert.Contains("maxlag", n.Reason, StringComparison.Ordinal));
        Assert.All(_notices, n => Assert.Equal(TimeSpan.FromSeconds(5), n.Delay));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        _fake.Enqueue(Fault.ServiceUnavailable, Fault.ServiceUnavailable);
        using var client = new WikidataClient(Options());

        var hits = await client.SearchAsync("Joseph Stalin");

        Assert.Equal("Q855", hits[0].Id);
        Assert.Equal(3, _fake.Requests.Count);
        Assert.Equal(2, _notices.Count(n => n.Reason.StartsWith("503", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_hanging_attempt_times_out_and_is_retried()
    {
        _fake.Enqueue(Fault.Hang);
        using var client = new WikidataClient(Options() with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });

        var hits = await client.SearchAsync("Joseph Stalin");

        Assert.Equal("Q855", hits[0].Id);
        Assert.Contains(_notices, n => n.Reason == "attempt timed out");
    }

    [Fact]
    public async Task Truncated_and_malformed_bodies_are_retried()
    {
        _fake.Enqueue(Fault.Truncated, Fault.Malformed);
        using var client = new WikidataClient(Options());

        var items = await client.GetItemsAsync(["Q33391"]);

        Assert.Equal("Leon Trotsky", Assert.Single(items).Label);
        Assert.Equal(2, _notices.Count(n => n.Reason.StartsWith("malformed JSON", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_body_that_stays_malformed_is_a_clear_error_naming_the_request()
    {
        _fake.Enqueue(Fault.Malformed, Fault.Malformed);
        using var client = new WikidataClient(Options() with { MaxRetryAttempts = 1 });

        var error = await Assert.ThrowsAsync<WikidataResponseException>(() => client.GetItemsAsync(["Q33391"]));

        Assert.Contains("ids=Q33391", error.Message, StringComparison.Ordinal);
        Assert.Contains("not JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_client_waits_fails_at_once_without_coming_back_early()
    {
        _fake.RetryAfterSeconds = 3600;
        _fake.Enqueue(Fault.TooManyRequests);
        using var client = new WikidataClient(Options() with { MaxRetryAfter = TimeSpan.FromSeconds(60) });

        var error = await Assert.ThrowsAsync<WikidataUnavailableException>(() => client.SearchAsync("Leon Trotsky"));

        Assert.Single(_fake.Requests);
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Contains("3600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_stays_down_opens_the_circuit_and_is_then_not_asked_at_all()
    {
        _fake.Down = true;
        using var client = new WikidataClient(Options() with { MaxRetryAttempts = 2, BreakerMinimumThroughput = 3, BreakDuration = TimeSpan.FromMinutes(5) });

        await Assert.ThrowsAsync<WikidataUnavailableException>(() => client.SearchAsync("Leon Trotsky"));
        int asked = _fake.Requests.Count;
        var refused = await Assert.ThrowsAsync<WikidataUnavailableException>(() => client.SearchAsync("Joseph Stalin"));

        Assert.Equal(3, asked);
        Assert.True(refused.CircuitOpen);
        Assert.Equal(asked, _fake.Requests.Count);
        Assert.Contains(_notices, n => n.Event == ResilienceEvent.CircuitOpened);
    }

    [Fact]
    public async Task A_rerun_is_answered_from_the_disk_cache_without_asking_the_api()
    {
        string cache = Directory.CreateTempSubdirectory("kg-wikidata-cache-").FullName;
        try
        {
            using (var first = new WikidataClient(Options() with { CacheDirectory = cache }))
            {
                await first.SearchAsync("Leon Trotsky");
                await first.GetItemsAsync(["Q33391"]);
                Assert.Equal(2, first.NetworkRequests);
            }
            using var second = new WikidataClient(Options() with { CacheDirectory = cache });

            var hits = await second.SearchAsync("Leon Trotsky");
            var items = await second.GetItemsAsync(["Q33391"]);

            Assert.Equal("Q33391", hits[0].Id);
            Assert.Equal("Leon Trotsky", items[0].Label);
            Assert.Equal(0, second.NetworkRequests);
            Assert.Equal(2, second.CacheHits);
            Assert.Equal(2, _fake.Requests.Count);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public async Task Failed_answers_are_not_cached()
    {
        string cache = Directory.CreateTempSubdirectory("kg-wikidata-cache-").FullName;
        try
        {
            _fake.Enqueue(Fault.Malformed, Fault.Malformed);
            using (var first = new WikidataClient(Options() with { CacheDirectory = cache, MaxRetryAttempts = 1 }))
            {
                await Assert.ThrowsAsync<WikidataResponseException>(() => first.SearchAsync("Leon Trotsky"));
            }
            using var second = new WikidataClient(Options() with { CacheDirectory = cache });

            var hits = await second.SearchAsync("Leon Trotsky");

            Assert.Equal("Q33391", hits[0].Id);
            Assert.Equal(1, second.NetworkRequests);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
