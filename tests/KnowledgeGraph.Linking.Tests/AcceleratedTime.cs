namespace KnowledgeGraph.Linking.Tests;

/// <summary>
/// A clock whose timers run <c>factor</c> times faster than real time, so a test can let the client wait the
/// Retry-After a server asks for (seconds) in milliseconds, while the waits it records stay the asked ones.
/// </summary>
public sealed class AcceleratedTime(double factor) : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / factor;
}
