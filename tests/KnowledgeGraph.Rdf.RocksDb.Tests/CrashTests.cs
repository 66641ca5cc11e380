using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf.RocksDb.CrashWriter;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.RocksDb.Tests;

/// <summary>
/// Kills a writing process with SIGKILL at random moments, then reopens its store (which must open without repair)
/// and checks that every batch the writer acknowledged is there in full and that no batch is there in part.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 5;
    private readonly TemporaryFolders _folders = new();

    [Fact]
    public async Task Every_acknowledged_batch_survives_a_kill_and_no_batch_is_half_applied()
    {
        string path = _folders.NewPath();
        var random = new Random(20261125);
        long acknowledged = 0;
        for (int kill = 0; kill < Kills; kill++)
        {
            acknowledged = Math.Max(acknowledged, await RunAndKillAsync(path, TimeSpan.FromMilliseconds(random.Next(30, 300))));

            using RocksDbQuadStore store = RocksDbQuadStore.Open(path, createIfMissing: false);
            using IDatasetSnapshot snapshot = store.OpenSnapshot();
            long last = CrashBatches.LastBatch(snapshot);
            Assert.True(last >= acknowledged, $"kill {kill}: batch {acknowledged} was acknowledged but the store ends at {last}");
            CheckWholeBatches(snapshot, last);
        }
        Assert.True(acknowledged >= Kills, $"the writer acknowledged only {acknowledged} batches in {Kills} runs");
    }

    // Batches 1..last are whole, nothing of a later batch exists, and the counters agree with the quads.
    private static void CheckWholeBatches(IDatasetSnapshot snapshot, long last)
    {
        var items = snapshot.Match(QuadPattern.InAllGraphs()).Where(static q => !q.Subject.Equals(CrashBatches.Counter)).ToHashSet();
        for (long n = 1; n <= last; n++)
        {
            foreach (Quad quad in CrashBatches.QuadsOf(n))
            {
                Assert.True(items.Remove(quad), $"batch {n} (committed, the counter is at {last}) lacks {quad}");
            }
        }
        Assert.True(items.Count == 0, $"quads of no committed batch: {string.Join(", ", items.Take(3))}");
        Assert.Equal(last * CrashBatches.QuadsPerBatch + (last > 0 ? 1 : 0), snapshot.Count);
        Assert.Equal(snapshot.Count, snapshot.Match(QuadPattern.InAllGraphs()).LongCount());
        if (snapshot.TryGetTermId(CrashBatches.Value, out TermId value))
        {
            Assert.Equal(1, snapshot.Statistics.PredicateCounts[value]);
        }
    }

    /// <summary>Starts the writer, lets it commit for a while after it is ready, kills it; returns the last acknowledged batch.</summary>
    private static async Task<long> RunAndKillAsync(string path, TimeSpan runFor)
    {
        using var writer = new Process { StartInfo = WriterStart(path) };
        long last = 0;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new List<string>();
        writer.OutputDataReceived += (_, line) =>
        {
            if (line.Data == "ready")
            {
                ready.TrySetResult();
            }
            else if (line.Data?.StartsWith("ack ", StringComparison.Ordinal) == true)
            {
                Interlocked.Exchange(ref last, long.Parse(line.Data[4..], CultureInfo.InvariantCulture));
            }
        };
        writer.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (errors)
                {
                    errors.Add(line.Data);
                }
            }
        };
        writer.Start();
        writer.BeginOutputReadLine();
        writer.BeginErrorReadLine();
        Task exited = writer.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(30))) != ready.Task)
        {
            if (!writer.HasExited)
            {
                writer.Kill(entireProcessTree: true);
            }
            throw new Xunit.Sdk.XunitException($"The writer did not start: {string.Join("\n", errors)}");
        }
        await Task.Delay(runFor);
        writer.Kill(entireProcessTree: true); // SIGKILL: no finalisers, no flush, no close
        await writer.WaitForExitAsync();
        return Interlocked.Read(ref last);
    }

    private static ProcessStartInfo WriterStart(string path)
    {
        string host = Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Rdf.RocksDb.CrashWriter.dll"));
        start.ArgumentList.Add(path);
        return start;
    }

    public void Dispose() => _folders.Dispose();
}
