using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// Who cites whom, between people: an edge from A to B counts the citations (<c>cito:cites</c>) from works A created
/// to works B created (creators read from <c>dcterms:creator</c> or <c>schema:author</c>). Works without a known
/// creator take no part.
/// </summary>
public sealed class CitationNetwork
{
    private static readonly Iri Cites = new("http://purl.org/spar/cito/cites");
    private static readonly Iri[] CreatorProperties =
    [
        new("http://purl.org/dc/terms/creator"),
        new("https://schema.org/author"),
        new("http://schema.org/author"),
    ];

    private CitationNetwork(IReadOnlyDictionary<Iri, string> labels, IReadOnlyDictionary<(Iri From, Iri To), int> edges)
    {
        Labels = labels;
        Edges = edges;
        CitedCount = edges.GroupBy(static e => e.Key.To).ToDictionary(static g => g.Key, static g => g.Sum(static e => e.Value));
    }

    /// <summary>Every person in the network with their label.</summary>
    public IReadOnlyDictionary<Iri, string> Labels { get; }

    /// <summary>Citation counts between people.</summary>
    public IReadOnlyDictionary<(Iri From, Iri To), int> Edges { get; }

    /// <summary>How often each person is cited (people never cited are absent).</summary>
    public IReadOnlyDictionary<Iri, int> CitedCount { get; }

    /// <summary>Reads the network from a snapshot.</summary>
    public static CitationNetwork Build(IDatasetSnapshot snapshot, LabelPolicy labelPolicy)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(labelPolicy);
        var creators = new Dictionary<Term, HashSet<Iri>>();
        HashSet<Iri> CreatorsOf(Term work)
        {
            if (!creators.TryGetValue(work, out HashSet<Iri>? set))
            {
                set = [];
                foreach (Iri property in CreatorProperties)
                {
                    set.UnionWith(snapshot.Match(QuadPattern.InAllGraphs(work, property)).Select(static q => q.Object).OfType<Iri>());
                }
                creators.Add(work, set);
            }
            return set;
        }
        var edges = new Dictionary<(Iri, Iri), int>();
        foreach (var (citing, cited) in snapshot.Match(QuadPattern.InAllGraphs(predicate: Cites)).Select(static q => (q.Subject, q.Object)).Distinct())
        {
            foreach (Iri from in CreatorsOf(citing))
            {
                foreach (Iri to in CreatorsOf(cited))
                {
                    if (!from.Equals(to))
                    {
                        edges[(from, to)] = edges.GetValueOrDefault((from, to)) + 1;
                    }
                }
            }
        }
        var labels = new Dictionary<Iri, string>();
        foreach (Iri person in edges.Keys.SelectMany(static e => new[] { e.Item1, e.Item2 }).Distinct())
        {
            labels[person] = labelPolicy.LabelOf(person, labelPolicy.LabelStatements(snapshot, person));
        }
        return new CitationNetwork(labels, edges);
    }

    /// <summary>The part of the network around one person: the people they cite and who cite them.</summary>
    public CitationNetwork Around(Iri person)
    {
        var edges = Edges.Where(e => e.Key.From.Equals(person) || e.Key.To.Equals(person)).ToDictionary(static e => e.Key, static e => e.Value);
        var people = edges.Keys.SelectMany(static e => new[] { e.From, e.To }).ToHashSet();
        return new CitationNetwork(Labels.Where(l => people.Contains(l.Key)).ToDictionary(static l => l.Key, static l => l.Value), edges);
    }

    /// <summary>Only the <paramref name="count"/> people most involved (cited or citing most), with the edges among them.</summary>
    public CitationNetwork Top(int count)
    {
        var weight = new Dictionary<Iri, int>();
        foreach (var ((from, to), n) in Edges)
        {
            weight[from] = weight.GetValueOrDefault(from) + n;
            weight[to] = weight.GetValueOrDefault(to) + n;
        }
        var kept = weight.OrderByDescending(static w => w.Value).ThenBy(static w => w.Key.Value, StringComparer.Ordinal).Take(count).Select(static w => w.Key).ToHashSet();
        var edges = Edges.Where(e => kept.Contains(e.Key.From) && kept.Contains(e.Key.To)).ToDictionary(static e => e.Key, static e => e.Value);
        return new CitationNetwork(Labels.Where(l => kept.Contains(l.Key)).ToDictionary(static l => l.Key, static l => l.Value), edges);
    }
}
