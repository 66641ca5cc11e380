using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Publishing;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg build [ESSAY.md...] [--out DIR] [--base IRI] [--shapes DIR]</c>: turns the essays into the knowledge graph,
/// merges the reviewed Wikidata linkset (offline), validates it against the SHACL shapes and writes the dumps; prints
/// instance counts by class and what the linkset merge did.
/// </summary>
internal static class BuildCommand
{
    public static Command Create() => Create(() => new ShaclGraphValidator());

    /// <summary>Creates the command with the validator the composition root supplies.</summary>
    public static Command Create(Func<IGraphValidator> validator)
    {
        var essays = new Argument<string[]>("essay") { Description = "Essays (Markdown exports); default: corpus/*.md found from the current directory upward.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the dumps (graph.ttl, graph.nt, graph.trig).", DefaultValueFactory = _ => "out" };
        var baseIri = new Option<string>("--base", "-b") { Description = "Base IRI of minted resources.", DefaultValueFactory = _ => BuildOptions.DefaultBaseIri };
        var shapes = new Option<string?>("--shapes") { Description = "Folder of SHACL shapes (*.ttl); default: shapes/ found from the current directory upward." };
        var links = new Option<string?>("--links") { Description = "The reviewed linkset to merge; default: links/wikidata.ttl found from the current directory upward." };
        var noLinks = new Option<bool>("--no-links") { Description = "Build without the Wikidata linkset." };
        var command = new Command("build", "Extract the essays' citation graph, merge the reviewed Wikidata linkset, validate it with SHACL and write Turtle, N-Triples and TriG dumps.")
        {
            essays, output, baseIri, shapes, links, noLinks,
        };
        command.SetAction(result =>
        {
            string[] inputs = result.GetValue(essays) is { Length: > 0 } given ? given : DefaultEssays();
            foreach (string input in inputs.Where(i => !File.Exists(i)))
            {
                throw new CliException($"{input}: no such file");
            }
            string? shapesDirectory = result.GetValue(shapes) ?? FindUpward("shapes");
            if (shapesDirectory is not null && !Directory.Exists(shapesDirectory))
            {
                throw new CliException($"{shapesDirectory}: no such folder");
            }
            string[] shapeFiles = shapesDirectory is null ? [] : Directory.GetFiles(shapesDirectory, "*.ttl").Order(StringComparer.Ordinal).ToArray();
            string? linkset = result.GetValue(noLinks) ? null : result.GetValue(links) ?? LinkFiles.FindLinkset();
            if (linkset is not null && !File.Exists(linkset))
            {
                throw new CliException($"{linkset}: no such linkset file");
            }
            var options = new BuildOptions
            {
                Linkset = linkset,
                LinkReviews = linkset is null ? null : LinkFiles.FindReviews(),
                Essays = inputs,
                OutputDirectory = result.GetValue(output)!,
                BaseIri = result.GetValue(baseIri)!,
                ShapesFiles = shapeFiles,
                Progress = Console.IsErrorRedirected ? null : ShowProgress(),
            };
            BuildResult built;
            try
            {
                built = new EssayBuilder(validator()).Build(options);
            }
            catch (BuildFailedException error)
            {
                throw new CliException(error.Message, 1);
            }
            catch (ArgumentException error)
            {
                throw new CliException($"--base: {error.Message}");
            }
            if (!Console.IsErrorRedirected)
            {
                Console.Error.Write("\r\u001b[K");
            }
            Print(built);
            return 0;
        });
        return command;
    }

    /// <summary>One status line on the terminal, rewritten in place, with the time since the build started.</summary>
    private static Action<string> ShowProgress()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return step => Console.Error.Write($"\r\u001b[K[{clock.Elapsed.TotalSeconds:0.0}s] {step}…");
    }

    private static void Print(BuildResult built)
    {
        Console.WriteLine($"{built.StatementCount} statements; instances by class:");
        int width = built.ClassCounts.Max(c => c.Key.Length);
        foreach ((string type, int count) in built.ClassCounts)
        {
            Console.WriteLine($"  {type.PadRight(width)}  {count,6}");
        }
        Console.WriteLine(built.Validation.Ran ? (built.Validation.Conforms ? "SHACL: conforms." : "SHACL: violations.") : "SHACL: " + built.Validation.Report);
        Console.WriteLine($"{built.Anomalies.Count} anomalies noticed (not guessed away):");
        foreach ((string file, var anomaly) in built.Anomalies)
        {
            Console.WriteLine($"  {Path.GetFileName(file)}:{anomaly}");
        }
        if (built.Links is { } merge)
        {
            LinkReport.Print(merge);
        }
        foreach (string file in built.Files)
        {
            Console.WriteLine($"wrote {file}");
        }
    }

    private static string[] DefaultEssays()
    {
        string corpus = FindUpward("corpus") ?? throw new CliException("no essay given and no corpus/ folder found from the current directory upward");
        string[] found = Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).ToArray();
        return found.Length > 0 ? found : throw new CliException($"{corpus}: no *.md essay");
    }

    private static string? FindUpward(string folder)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
