using System.CommandLine;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Publishing;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg build [ESSAY.md...] [--out DIR] [--base IRI] [--shapes DIR] [--links FILE | --no-links] [--curation DIR |
/// --no-curation]</c>: turns the essays into the knowledge graph, merges the reviewed Wikidata linkset (offline), applies
/// the curation files, validates it against the SHACL shapes and writes the dumps; prints what the linkset merge and
/// curation changed and instance counts by class.
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
        var curation = new Option<string?>("--curation") { Description = "Folder of curation files (*.ttl) applied after extraction; default: curation/ found from the current directory upward." };
        var noCuration = new Option<bool>("--no-curation") { Description = "Skip the curation files: the graph is what the extractor found (used to measure extraction quality)." };
        var ontology = new Option<string?>("--ontology") { Description = "Folder of the ontology (*.ttl), read when curation retypes an entity; default: ontology/ found upward." };
        var links = new Option<string?>("--links") { Description = "The reviewed linkset to merge; default: links/wikidata.ttl found from the current directory upward." };
        var noLinks = new Option<bool>("--no-links") { Description = "Build without the Wikidata linkset." };
        var command = new Command("build", "Extract the essays' citation graph and entities, merge the reviewed Wikidata linkset, apply the curation files, validate with SHACL and write Turtle, N-Triples and TriG dumps.")
        {
            essays, output, baseIri, shapes, links, noLinks, curation, noCuration, ontology,
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
            string[] shapeFiles = TurtleFiles(shapesDirectory);
            string? curationDirectory = result.GetValue(noCuration) ? null : result.GetValue(curation) ?? FindUpward("curation");
            if (curationDirectory is not null && !Directory.Exists(curationDirectory))
            {
                throw new CliException($"{curationDirectory}: no such folder");
            }
            string? ontologyDirectory = result.GetValue(ontology) ?? FindUpward("ontology");
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
                CurationFiles = TurtleFiles(curationDirectory),
                OntologyFiles = TurtleFiles(ontologyDirectory),
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

    private static string[] TurtleFiles(string? directory) =>
        directory is null || !Directory.Exists(directory) ? [] : [.. Directory.GetFiles(directory, "*.ttl").Order(StringComparer.Ordinal)];

    private static void Print(BuildResult built)
    {
        if (built.Curation.Count > 0)
        {
            Console.WriteLine($"curation: {built.Curation.Count} corrections ({built.Curation.Count(c => c.IsStale)} changed nothing):");
            foreach (var change in built.Curation)
            {
                Console.WriteLine($"  {change}");
            }
        }
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
