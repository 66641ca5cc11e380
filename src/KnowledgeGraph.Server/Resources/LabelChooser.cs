using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// Picks the label a page shows for a resource: the first label property (in <see cref="ResourceDescriber.LabelProperties"/>
/// order) that has a value, preferring the reader's language, then untagged text, then any language; without one,
/// the IRI's last segment.
/// </summary>
public static class LabelChooser
{
    /// <summary>The label of <paramref name="resource"/> among <paramref name="statements"/>.</summary>
    public static string LabelOf(Term resource, IEnumerable<Quad> statements, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(resource);
        var candidates = statements.Where(q => q.Subject.Equals(resource) && q.Object is Literal).ToList();
        foreach (Iri property in ResourceDescriber.LabelProperties)
        {
            var values = candidates.Where(q => q.Predicate.Equals(property)).Select(static q => (Literal)q.Object).ToList();
            Literal? best = values.FirstOrDefault(l => string.Equals(l.Language, language, StringComparison.OrdinalIgnoreCase))
                ?? values.FirstOrDefault(static l => !l.HasLanguage)
                ?? values.FirstOrDefault();
            if (best is not null)
            {
                return best.LexicalForm;
            }
        }
        return LocalName(resource);
    }

    /// <summary>The part of an IRI after its last <c>#</c> or <c>/</c>, for display when nothing better exists.</summary>
    public static string LocalName(Term term)
    {
        if (term is not Iri iri)
        {
            return term.ToString();
        }
        string value = iri.Value.TrimEnd('/');
        int cut = Math.Max(value.LastIndexOf('#'), value.LastIndexOf('/'));
        return cut >= 0 && cut < value.Length - 1 ? Uri.UnescapeDataString(value[(cut + 1)..]) : iri.Value;
    }
}
