using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Io;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats FILE...</c>: counts statements, distinct subjects, predicates, objects, graphs and terms.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "RDF files (or - for stdin with --from).", Arity = ArgumentArity.OneOrMore };
        var from = CommonOptions.From();
        var baseIri = CommonOptions.Base();
        var lenient = CommonOptions.Lenient();
        var progress = CommonOptions.Progress();
        var quiet = CommonOptions.Quiet();
        var command = new Command("stats", "Count triples, subjects, predicates, objects, graphs and distinct terms.")
        {
            files, from, baseIri, lenient, progress, quiet,
        };
        command.SetAction(result =>
        {
            var counter = new StatisticsCounter();
            foreach (string file in result.GetValue(files)!)
            {
                using var session = new ReadSession(file, result.GetValue(from), result.GetValue(baseIri),
                    result.GetValue(lenient), CommonOptions.WantsProgress(result, progress, quiet));
                foreach (var quad in session.Quads())
                {
                    counter.Add(quad);
                }
                session.Progress.Finish();
                if (session.ErrorCount > 0)
                {
                    Console.Error.WriteLine($"{file}: {session.ErrorCount} statement(s) with errors were skipped.");
                }
            }
            counter.Print(Console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>Exact distinct counts with hash sets; a dataset is a set, so duplicate statements count once.</summary>
    private sealed class StatisticsCounter
    {
        private readonly HashSet<Quad> _quads = [];
        private readonly HashSet<Term> _subjects = [];
        private readonly HashSet<Iri> _predicates = [];
        private readonly HashSet<Term> _objects = [];
        private readonly HashSet<Term> _graphs = [];
        private readonly HashSet<Term> _terms = [];
        private long _read;

        public void Add(Quad quad)
        {
            _read++;
            if (!_quads.Add(quad))
            {
                return;
            }
            _subjects.Add(quad.Subject);
            _predicates.Add(quad.Predicate);
            _objects.Add(quad.Object);
            _terms.Add(quad.Subject);
            _terms.Add(quad.Predicate);
            _terms.Add(quad.Object);
            if (quad.Graph is not null)
            {
                _graphs.Add(quad.Graph);
                _terms.Add(quad.Graph);
            }
        }

        public void Print(TextWriter output)
        {
            Line(output, "statements read", _read);
            Line(output, "distinct statements", _quads.Count);
            Line(output, "subjects", _subjects.Count);
            Line(output, "predicates", _predicates.Count);
            Line(output, "objects", _objects.Count);
            Line(output, "named graphs", _graphs.Count);
            Line(output, "distinct terms", _terms.Count);
        }

        private static void Line(TextWriter output, string label, long value) =>
            output.WriteLine($"{label,-20} {value.ToString("N0", CultureInfo.InvariantCulture),15}");
    }
}
