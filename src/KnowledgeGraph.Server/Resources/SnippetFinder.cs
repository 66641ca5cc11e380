using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// Finds where the text mentions a resource, from the Web Annotation model alone: annotations whose
/// <c>oa:hasBody</c> is the resource, their target's <c>oa:TextQuoteSelector</c> (prefix, exact, suffix), and the
/// passage the annotation <c>prov:wasDerivedFrom</c>. Any annotated corpus shows up this way, not only ours.
/// </summary>
public sealed class SnippetFinder(LabelPolicy labels, int limit = 200)
{
    private const string Oa = "http://www.w3.org/ns/oa#";
    private static readonly Iri HasBody = new(Oa + "hasBody");
    private static readonly Iri HasTarget = new(Oa + "hasTarget");
    private static readonly Iri HasSelector = new(Oa + "hasSelector");
    private static readonly Iri Exact = new(Oa + "exact");
    private static readonly Iri Prefix = new(Oa + "prefix");
    private static readonly Iri Suffix = new(Oa + "suffix");
    private static readonly Iri DerivedFrom = new("http://www.w3.org/ns/prov#wasDerivedFrom");

    /// <summary>The snippets for <paramref name="resource"/>, in the order the annotations are stored.</summary>
    public IReadOnlyList<TextSnippet> Find(IDatasetSnapshot snapshot, Iri resource)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var snippets = new List<TextSnippet>();
        var seen = new HashSet<Term>();
        foreach (Quad body in snapshot.Match(QuadPattern.InAllGraphs(predicate: HasBody, obj: resource)))
        {
            if (snippets.Count >= limit || !seen.Add(body.Subject))
            {
                continue;
            }
            Iri? source = First(snapshot, body.Subject, DerivedFrom) as Iri;
            string? sourceLabel = source is null ? null : labels.LabelOf(source, labels.LabelStatements(snapshot, source));
            foreach (Term target in Objects(snapshot, body.Subject, HasTarget))
            {
                foreach (Term selector in Objects(snapshot, target, HasSelector))
                {
                    if (First(snapshot, selector, Exact) is Literal exact)
                    {
                        snippets.Add(new TextSnippet(
                            (First(snapshot, selector, Prefix) as Literal)?.LexicalForm ?? "",
                            exact.LexicalForm,
                            (First(snapshot, selector, Suffix) as Literal)?.LexicalForm ?? "",
                            source,
                            sourceLabel));
                    }
                }
            }
        }
        return snippets;
    }

    private static IEnumerable<Term> Objects(IDatasetSnapshot snapshot, Term subject, Iri predicate) =>
        snapshot.Match(QuadPattern.InAllGraphs(subject, predicate)).Select(static q => q.Object).Distinct();

    private static Term? First(IDatasetSnapshot snapshot, Term subject, Iri predicate) =>
        snapshot.Match(QuadPattern.InAllGraphs(subject, predicate)).Select(static q => q.Object).FirstOrDefault();
}
