using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Linksets;

/// <summary>
/// Merges the reviewed linkset into a built graph, between extraction and validation: review decisions win (a rejected
/// link is never published, an accepted one is published even if the linkset lacks it), and a link about an entity the
/// graph does not have is reported as stale rather than failing the build.
/// </summary>
public static class LinksetMerger
{
    /// <summary>The base IRI the committed linkset and review files are written under.</summary>
    public const string FileBaseIri = "https://example.org/kg/";

    /// <summary>Merges.</summary>
    /// <param name="graph">The built graph (its typed subjects are the entities that may be linked).</param>
    /// <param name="linkset">The linkset's records (pending candidates among them are ignored).</param>
    /// <param name="reviews">Review decisions from the curation file.</param>
    /// <param name="baseIri">The build's base IRI; links written under <see cref="FileBaseIri"/> are moved onto it.</param>
    public static LinkMerge Merge(IEnumerable<Triple> graph, IEnumerable<EntityLink> linkset, IEnumerable<EntityLink> reviews, string baseIri)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(linkset);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(baseIri);
        var entities = graph.Where(static t => t.Predicate.Equals(RdfVocab.Type)).Select(static t => t.Subject).OfType<Iri>().ToHashSet();
        var decisions = reviews.Where(static r => r.Status != ReviewStatus.Pending).Select(r => Rebase(r, baseIri))
            .GroupBy(static r => (r.Source, r.Target)).ToDictionary(static g => g.Key, static g => g.OrderBy(static r => r.Date).Last());
        var candidates = new Dictionary<(Iri, Iri), EntityLink>();
        foreach (EntityLink link in linkset.Where(static l => l.Status == ReviewStatus.Accepted).Select(l => Rebase(l, baseIri)))
        {
            candidates.TryAdd((link.Source, link.Target), link);
        }
        foreach (EntityLink decision in decisions.Values.Where(static d => d.Status == ReviewStatus.Accepted))
        {
            candidates[(decision.Source, decision.Target)] = decision;
        }
        var published = new List<EntityLink>();
        var stale = new List<EntityLink>();
        var rejected = new List<EntityLink>();
        foreach (EntityLink link in candidates.Values)
        {
            if (decisions.TryGetValue((link.Source, link.Target), out EntityLink? decision) && decision.Status == ReviewStatus.Rejected)
            {
                rejected.Add(link);
            }
            else if (!entities.Contains(link.Source))
            {
                stale.Add(link);
            }
            else
            {
                published.Add(link);
            }
        }
        var linksetGraph = new Iri(baseIri + "linkset/wikidata");
        return new LinkMerge(Sorted(published), Sorted(stale), Sorted(rejected), LinksetWriter.ToQuads(published, baseIri, linksetGraph));
    }

    /// <summary>The link with its entity moved from <see cref="FileBaseIri"/> onto <paramref name="baseIri"/>.</summary>
    public static EntityLink Rebase(EntityLink link, string baseIri)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(baseIri);
        return baseIri != FileBaseIri && link.Source.Value.StartsWith(FileBaseIri, StringComparison.Ordinal)
            ? link.WithSource(new Iri(baseIri + link.Source.Value[FileBaseIri.Length..]))
            : link;
    }

    private static List<EntityLink> Sorted(List<EntityLink> links) =>
        links.OrderBy(static l => l.Source.Value, StringComparer.Ordinal).ThenBy(static l => l.Target.Value, StringComparer.Ordinal).ToList();
}
