using System.Globalization;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Negotiation;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// The dataset's self-description for harvesters: VoID (statistics, class and property partitions, the SPARQL
/// endpoint, example resources, the URI space, linksets to other datasets) and DCAT (the dataset and one distribution
/// per dump format). It is computed from the data, so it stays true as the data changes.
/// </summary>
public sealed class DatasetDescriptionBuilder(ServerOptions options, RdfFormatRegistry formats)
{
    private const string Void = "http://rdfs.org/ns/void#";
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const int ExampleCount = 3;

    /// <summary>Predicates whose links to resources outside the base are counted as linksets.</summary>
    public static readonly IReadOnlyList<Iri> LinkPredicates =
    [
        new("http://www.w3.org/2002/07/owl#sameAs"),
        new("http://www.w3.org/2004/02/skos/core#exactMatch"),
        new("http://www.w3.org/2004/02/skos/core#closeMatch"),
    ];

    /// <summary>Describes the data of <paramref name="snapshot"/> as served from <paramref name="publicRoot"/> (no trailing slash).</summary>
    public IEnumerable<Quad> Build(IDatasetSnapshot snapshot, string publicRoot, DateTimeOffset modified)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var dataset = new Iri(publicRoot + "/.well-known/void#dataset");
        var quads = new List<Quad>();
        void Add(Term s, string p, Term o) => quads.Add(new Quad(s, new Iri(p), o, null));
        Add(dataset, RdfVocab.Type.Value, new Iri(Void + "Dataset"));
        Add(dataset, RdfVocab.Type.Value, new Iri(Dcat + "Dataset"));
        Add(dataset, Dcterms + "title", Literal.Simple(options.Title));
        Add(dataset, Dcterms + "modified", Literal.Typed(modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), new Iri(Xsd.Namespace + "dateTime")));
        Add(dataset, Void + "sparqlEndpoint", new Iri(publicRoot + "/sparql"));
        Add(dataset, Void + "uriSpace", Literal.Simple(options.BaseIri));
        Add(dataset, Void + "triples", Integer(snapshot.Count));
        DatasetStatistics statistics = snapshot.Statistics;
        Add(dataset, Void + "distinctSubjects", Integer(statistics.DistinctSubjects));
        Add(dataset, Void + "distinctObjects", Integer(statistics.DistinctObjects));
        Add(dataset, Void + "properties", Integer(statistics.PredicateCounts.Count));
        AddPartitions(snapshot, dataset, publicRoot, Add);
        foreach (Term example in snapshot.Match(QuadPattern.InAllGraphs(predicate: RdfVocab.Type))
            .Select(static q => q.Subject).OfType<Iri>().Where(i => i.Value.StartsWith(options.BaseIri, StringComparison.Ordinal)).Distinct().Take(ExampleCount))
        {
            Add(dataset, Void + "exampleResource", example);
        }
        foreach (RdfFormat format in GraphFormats.Writable(formats))
        {
            var distribution = new Iri($"{publicRoot}/.well-known/void#dump-{format.Extension}");
            var url = new Iri($"{publicRoot}/dumps/{DumpStore.FileName(format)}");
            Add(dataset, Void + "dataDump", url);
            Add(dataset, Dcat + "distribution", distribution);
            Add(distribution, RdfVocab.Type.Value, new Iri(Dcat + "Distribution"));
            Add(distribution, Dcat + "downloadURL", url);
            Add(distribution, Dcat + "mediaType", Literal.Simple(format.MediaType));
            Add(distribution, Dcterms + "format", new Iri(format.FormatIri));
        }
        AddLinksets(snapshot, dataset, publicRoot, Add);
        return quads;
    }

    private static void AddPartitions(IDatasetSnapshot snapshot, Iri dataset, string publicRoot, Action<Term, string, Term> add)
    {
        var classes = snapshot.Match(QuadPattern.InAllGraphs(predicate: RdfVocab.Type))
            .Select(static q => (q.Subject, q.Object)).Distinct()
            .GroupBy(static p => p.Object).OrderBy(static g => g.Key.ToString(), StringComparer.Ordinal);
        int n = 0;
        foreach (var group in classes)
        {
            var partition = new Iri($"{publicRoot}/.well-known/void#class-{++n}");
            add(dataset, Void + "classPartition", partition);
            add(partition, Void + "class", group.Key);
            add(partition, Void + "entities", Integer(group.Count()));
        }
        n = 0;
        var properties = snapshot.Statistics.PredicateCounts.Select(p => (Predicate: snapshot.GetTerm(p.Key), Count: p.Value));
        foreach (var (predicate, count) in properties.OrderBy(static p => p.Predicate.ToString(), StringComparer.Ordinal))
        {
            var partition = new Iri($"{publicRoot}/.well-known/void#property-{++n}");
            add(dataset, Void + "propertyPartition", partition);
            add(partition, Void + "property", predicate);
            add(partition, Void + "triples", Integer(count));
        }
    }

    // One linkset per link predicate and target namespace (scheme and host), e.g. owl:sameAs into Wikidata.
    private void AddLinksets(IDatasetSnapshot snapshot, Iri dataset, string publicRoot, Action<Term, string, Term> add)
    {
        int n = 0;
        foreach (Iri predicate in LinkPredicates)
        {
            var byTarget = snapshot.Match(QuadPattern.InAllGraphs(predicate: predicate))
                .Where(q => q.Object is Iri target && !target.Value.StartsWith(options.BaseIri, StringComparison.Ordinal))
                .Select(static q => (q.Subject, q.Object)).Distinct()
                .GroupBy(static q => TargetSpace(((Iri)q.Object).Value));
            foreach (var group in byTarget)
            {
                var linkset = new Iri($"{publicRoot}/.well-known/void#linkset-{++n}");
                add(linkset, RdfVocab.Type.Value, new Iri(Void + "Linkset"));
                // void:target names both ends (the VoID spec's shorthand); subjectsTarget/objectsTarget say which is which.
                add(linkset, Void + "target", dataset);
                add(linkset, Void + "target", new Iri(group.Key));
                add(linkset, Void + "subjectsTarget", dataset);
                add(linkset, Void + "objectsTarget", new Iri(group.Key));
                add(linkset, Void + "linkPredicate", predicate);
                add(linkset, Void + "triples", Integer(group.Count()));
                add(dataset, Void + "subset", linkset);
            }
        }
    }

    private static string TargetSpace(string iri)
    {
        int schemeEnd = iri.IndexOf("://", StringComparison.Ordinal);
        int hostEnd = schemeEnd < 0 ? -1 : iri.IndexOf('/', schemeEnd + 3);
        return hostEnd < 0 ? iri : iri[..(hostEnd + 1)];
    }

    private static Literal Integer(long value) => Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
}
