using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Cli.Io;

/// <summary>
/// Counts statements as they stream past and, when enabled, prints a progress line to stderr about twice a second
/// (statements, rate and, for plain files, percentage read) so a user of a big file knows it is moving.
/// </summary>
internal sealed class ProgressReporter(bool enabled, Func<double?>? fractionDone = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastReport;

    /// <summary>Statements seen so far.</summary>
    public long Count { get; private set; }

    /// <summary>Time since the reporter was created.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Passes the statements through, counting them.</summary>
    public IEnumerable<T> Track<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Count++;
            if (enabled && (Count & 0x3FFF) == 0 && _clock.ElapsedMilliseconds - _lastReport > 500)
            {
                _lastReport = _clock.ElapsedMilliseconds;
                Print(final: false);
            }
            yield return item;
        }
    }

    /// <summary>Prints the final line (when enabled).</summary>
    public void Finish()
    {
        if (enabled)
        {
            Print(final: true);
        }
    }

    private void Print(bool final)
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        string rate = (Count / seconds).ToString("N0", CultureInfo.InvariantCulture);
        double? fraction = fractionDone?.Invoke();
        string percent = fraction is { } f && !final ? $" ({f:P0})" : "";
        Console.Error.Write($"\r{Count.ToString("N0", CultureInfo.InvariantCulture)} statements{percent}, {rate}/s, {seconds:F1} s" + (final ? "\n" : ""));
    }
}
