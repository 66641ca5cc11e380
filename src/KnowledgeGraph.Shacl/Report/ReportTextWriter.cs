using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Report;

/// <summary>
/// A readable rendering of a validation report: a headline with the verdict and the count per severity, then the
/// results grouped by severity (violations first), each with its focus node, path, value, message, shape and
/// component. Terms print in N-Triples form; SHACL IRIs print as <c>sh:</c> names.
/// </summary>
public static class ReportTextWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var groups = report.Results.GroupBy(static r => r.Severity).OrderBy(static g => Rank(g.Key)).ToList();
        if (report.Conforms)
        {
            output.WriteLine("Conforms: no validation results.");
            return;
        }
        string counts = string.Join(", ", groups.Select(static g => $"{g.Count()} {Plural(Name(g.Key), g.Count())}"));
        output.WriteLine($"Does not conform: {report.Results.Count} {(report.Results.Count == 1 ? "result" : "results")} ({counts}).");
        foreach (var group in groups)
        {
            output.WriteLine();
            output.WriteLine($"{Name(group.Key)} ({group.Count()})");
            int index = 0;
            foreach (ValidationResult result in group)
            {
                index++;
                output.WriteLine($"  {index}. focus {Show(result.FocusNode)}");
                if (result.Path is not null)
                {
                    output.WriteLine($"     path {(result.Path is Iri iri ? Show(iri) : result.PathText)}");
                }
                if (result.Value is not null)
                {
                    output.WriteLine($"     value {Show(result.Value)}");
                }
                foreach (Literal message in result.Messages)
                {
                    output.WriteLine($"     message {message.LexicalForm}{(message.HasLanguage ? " @" + message.Language : "")}");
                }
                output.WriteLine($"     shape {Show(result.SourceShape)} ({Show(result.SourceConstraintComponent)})");
            }
        }
    }

    /// <summary>The rendering as a string.</summary>
    public static string ToText(ValidationReport report)
    {
        using var writer = new StringWriter();
        Write(report, writer);
        return writer.ToString();
    }

    private static int Rank(Iri severity) =>
        severity.Equals(Sh.Violation) ? 0 : severity.Equals(Sh.Warning) ? 1 : severity.Equals(Sh.Info) ? 2 : 3;

    private static string Name(Iri severity) =>
        severity.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal) ? severity.Value[Sh.Namespace.Length..] : severity.ToString();

    private static string Plural(string name, int count) =>
        name.EndsWith('>') ? name : count == 1 || name == "Info" ? name.ToLowerInvariant() : name.ToLowerInvariant() + "s";

    private static string Show(Term term) =>
        term is Iri iri && iri.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal) ? "sh:" + iri.Value[Sh.Namespace.Length..] : term.ToString();
}
