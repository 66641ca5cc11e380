namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>How one test ended.</summary>
public enum TestStatus
{
    /// <summary>The implementation did what the test requires.</summary>
    Passed,
    /// <summary>It did not; the message says how.</summary>
    Failed,
    /// <summary>The test was not run; the message gives the reason (from the skip list or an unsupported type).</summary>
    Skipped,
}

/// <summary>The outcome of one test, with a message for failures and skips.</summary>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Message">Why it failed or was skipped; empty when it passed.</param>
public readonly record struct TestOutcome(TestStatus Status, string Message)
{
    /// <summary>A pass.</summary>
    public static TestOutcome Pass { get; } = new(TestStatus.Passed, "");

    /// <summary>A failure with its reason.</summary>
    public static TestOutcome Fail(string message) => new(TestStatus.Failed, message);

    /// <summary>A skip with its reason.</summary>
    public static TestOutcome Skip(string reason) => new(TestStatus.Skipped, reason);
}
