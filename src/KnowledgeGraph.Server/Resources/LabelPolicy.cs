using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// How pages name resources: the label properties in order of preference and the reader's language. The first
/// property with a value wins; among its values the reader's language comes first, then untagged text, then any
/// language; without any, the IRI's last segment.
/// </summary>
/// <param name="Properties">Label properties, most preferred first.</param>
/// <param name="Language">The preferred language tag.</param>
public sealed record LabelPolicy(IReadOnlyList<Iri> Properties, string Language)
{
    /// <summary>rdfs:label, schema:name (both schemes), skos:prefLabel, foaf:name, dcterms:title, dc:title; English.</summary>
    public static LabelPolicy Default { get; } = new(
    [
        new("http://www.w3.org/2000/01/rdf-schema#label"),
        new("https://schema.org/name"),
        new("http://schema.org/name"),
        new("http://www.w3.org/2004/02/skos/core#prefLabel"),
        new("http://xmlns.com/foaf/0.1/name"),
        new("http://purl.org/dc/terms/title"),
        new("http://purl.org/dc/elements/1.1/title"),
    ], "en");

    /// <summary>The label of <paramref name="resource"/> among <paramref name="statements"/>.</summary>
    public string LabelOf(Term resource, IEnumerable<Quad> statements)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(statements);
        var candidates = statements.Where(q => q.Subject.Equals(resource) && q.Object is Literal).ToList();
        foreach (Iri property in Properties)
        {
            var values = candidates.Where(q => q.Predicate.Equals(property)).Select(static q => (Literal)q.Object).ToList();
            Literal? best = values.FirstOrDefault(l => string.Equals(l.Language, Language, StringComparison.OrdinalIgnoreCase))
                ?? values.FirstOrDefault(static l => !l.HasLanguage)
                ?? values.FirstOrDefault();
            if (best is not null)
            {
                return best.LexicalForm;
            }
        }
        return LabelChooser.LocalName(resource);
    }

    /// <summary>The label statements of <paramref name="resource"/> in every graph of the snapshot.</summary>
    public IEnumerable<Quad> LabelStatements(IDatasetSnapshot snapshot, Term resource)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Properties.SelectMany(p => snapshot.Match(QuadPattern.InAllGraphs(resource, p)));
    }
}
