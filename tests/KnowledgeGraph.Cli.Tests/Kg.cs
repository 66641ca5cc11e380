using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the <c>kg</c> program built beside the tests, as a user would, and captures what it prints.</summary>
internal static class Kg
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("KnowledgeGraph.sln not found above the test directory.");
        }
    }

    public static Outcome Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kg {string.Join(' ', arguments)} did not finish");
        }
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TemporaryFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "kg-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
