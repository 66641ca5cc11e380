using System.CommandLine;
using KnowledgeGraph.Conformance;
using KnowledgeGraph.Conformance.Handlers;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg w3c MANIFEST...</c>: runs W3C test manifests through the same runner as the conformance tests and ends with
/// <c>N passed, N failed, N skipped</c>; the exit code is 1 when any test failed.
/// </summary>
internal static class W3cCommand
{
    public static Command Create()
    {
        var manifests = new Argument<string[]>("manifest") { Description = "Test manifest files (manifest.ttl); mf:include is followed.", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every test, not only failures." };
        var showSkips = new Option<bool>("--show-skips") { Description = "Print skipped tests with their reasons." };
        var markdown = new Option<string?>("--markdown") { Description = "Also write a Markdown conformance report (counts per manifest, skips and failures) to this file." };
        var root = new Option<string?>("--root") { Description = "Label manifests by their path relative to this folder in the report." };
        var command = new Command("w3c", "Run W3C test-suite manifests and report passed, failed and skipped tests.")
        {
            manifests, verbose, showSkips, markdown, root,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var runner = W3cTestRunner.CreateDefault();
            int passed = 0, failed = 0, skipped = 0;
            var report = new ConformanceReport();
            foreach (string manifest in result.GetValue(manifests)!)
            {
                var results = runner.RunManifest(manifest, cancellationToken).ToList();
                string? rootFolder = result.GetValue(root);
                report.Add(rootFolder is null ? manifest : Path.GetRelativePath(rootFolder, manifest), results);
                foreach (var (test, outcome) in results)
                {
                    switch (outcome.Status)
                    {
                        case TestStatus.Passed:
                            passed++;
                            if (result.GetValue(verbose))
                            {
                                Console.WriteLine($"PASS {test.Key}");
                            }
                            break;
                        case TestStatus.Failed:
                            failed++;
                            Console.WriteLine($"FAIL {test.Key} ({test.Name}): {outcome.Message}");
                            break;
                        default:
                            skipped++;
                            if (result.GetValue(verbose) || result.GetValue(showSkips))
                            {
                                Console.WriteLine($"SKIP {test.Key}: {outcome.Message}");
                            }
                            break;
                    }
                }
            }
            string? markdownPath = result.GetValue(markdown);
            if (markdownPath is not null)
            {
                File.WriteAllText(markdownPath, report.ToMarkdown("W3C conformance", "bash docs/regenerate-conformance.sh"));
            }
            Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
            return Task.FromResult(failed == 0 ? 0 : 1);
        });
        return command;
    }
}
