namespace KnowledgeGraph.Remote.Tests;

/// <summary>Resilience settings in milliseconds, so retry and circuit tests take well under a second.</summary>
internal static class Fast
{
    public static RemoteClientOptions Options(Action<string>? notice = null) => new()
    {
        MaxRetryAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
        BreakerMinimumThroughput = 3,
        BreakDuration = TimeSpan.FromSeconds(30),
        OnNotice = notice,
    };
}
