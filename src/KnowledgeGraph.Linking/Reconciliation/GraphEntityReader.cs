using System.Globalization;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Reconciliation;

/// <summary>Reads the persons, organizations, places, events and works of a built graph, with their names and evidence.</summary>
public static class GraphEntityReader
{
    private const string Schema = "https://schema.org/";
    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");
    private static readonly Iri[] NameProperties =
    [
        Label, new(Schema + "name"), new(Schema + "alternateName"), new("http://xmlns.com/foaf/0.1/name"), new("http://purl.org/dc/terms/title"),
    ];
    private static readonly Iri Author = new(Schema + "author");
    private static readonly Iri PublicationYear = new(LinkVocabulary.Kgo + "publicationYear");
    private static readonly Iri Mentions = new(LinkVocabulary.Kgo + "mentions");
    private static readonly Iri InParagraph = new(LinkVocabulary.Kgo + "inParagraph");
    private static readonly Iri InFootnote = new(LinkVocabulary.Kgo + "inFootnote");
    private static readonly Iri Essay = new(LinkVocabulary.Kgo + "Essay");

    private static readonly (Iri Class, EntityKind Kind)[] Kinds =
    [
        (new(LinkVocabulary.Kgo + "Person"), EntityKind.Person),
        (new(LinkVocabulary.Kgo + "Organization"), EntityKind.Organization),
        (new(LinkVocabulary.Kgo + "Place"), EntityKind.Place),
        (new(LinkVocabulary.Kgo + "Event"), EntityKind.Event),
        (new(LinkVocabulary.Kgo + "Work"), EntityKind.Work),
    ];

    /// <summary>The entities, in <see cref="EntityKind"/> order and then by IRI.</summary>
    public static IReadOnlyList<GraphEntity> Read(IEnumerable<Triple> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var triples = graph as IReadOnlyCollection<Triple> ?? graph.ToList();
        var bySubject = triples.ToLookup(static t => t.Subject);
        var essays = triples.Where(static t => t.Predicate.Equals(RdfVocab.Type) && t.Object.Equals(Essay)).Select(static t => t.Subject).ToHashSet();
        var coMentions = CoMentions(triples);
        var entities = new List<GraphEntity>();
        foreach (var (type, kind) in Kinds)
        {
            var members = triples.Where(t => t.Predicate.Equals(RdfVocab.Type) && t.Object.Equals(type)).Select(static t => t.Subject).OfType<Iri>()
                .Where(s => !essays.Contains(s)).Distinct().OrderBy(static s => s.Value, StringComparer.Ordinal);
            foreach (Iri entity in members)
            {
                var statements = bySubject[entity].ToList();
                var names = NameProperties.SelectMany(p => statements.Where(t => t.Predicate.Equals(p)).Select(static t => t.Object)).OfType<Literal>()
                    .Select(static l => l.LexicalForm).Distinct(StringComparer.Ordinal).ToList();
                if (names.Count == 0)
                {
                    continue;
                }
                string label = statements.Where(t => t.Predicate.Equals(Label)).Select(static t => t.Object).OfType<Literal>().FirstOrDefault()?.LexicalForm ?? names[0];
                var years = statements.Where(t => t.Predicate.Equals(PublicationYear)).Select(static t => t.Object).OfType<Literal>()
                    .Select(static l => int.TryParse(l.LexicalForm, NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : (int?)null)
                    .OfType<int>().Distinct().ToList();
                var authors = statements.Where(t => t.Predicate.Equals(Author)).Select(static t => t.Object).OfType<Iri>().Distinct().ToList();
                entities.Add(new GraphEntity(entity, kind, label, names, years, authors, coMentions.TryGetValue(entity, out var co) ? co : []));
            }
        }
        return entities;
    }

    /// <summary>The essays' publication year (the latest, if several), which no linked person can be born after; null if unstated.</summary>
    public static int? EssayYear(IEnumerable<Triple> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var triples = graph as IReadOnlyCollection<Triple> ?? graph.ToList();
        var essays = triples.Where(static t => t.Predicate.Equals(RdfVocab.Type) && t.Object.Equals(Essay)).Select(static t => t.Subject).ToHashSet();
        var years = triples.Where(t => essays.Contains(t.Subject) && t.Predicate.Equals(PublicationYear)).Select(static t => t.Object).OfType<Literal>()
            .Select(static l => int.TryParse(l.LexicalForm, NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : (int?)null).OfType<int>().ToList();
        return years.Count == 0 ? null : years.Max();
    }

    private static Dictionary<Iri, IReadOnlyList<Iri>> CoMentions(IReadOnlyCollection<Triple> triples)
    {
        var mentioned = triples.Where(static t => t.Predicate.Equals(Mentions) && t.Object is Iri).GroupBy(static t => t.Subject).ToDictionary(static g => g.Key, static g => (Iri)g.First().Object);
        var byPlace = triples.Where(t => (t.Predicate.Equals(InParagraph) || t.Predicate.Equals(InFootnote)) && mentioned.ContainsKey(t.Subject))
            .GroupBy(static t => t.Object, t => mentioned[t.Subject]);
        var result = new Dictionary<Iri, HashSet<Iri>>();
        foreach (var place in byPlace)
        {
            var together = place.Distinct().ToList();
            foreach (Iri entity in together)
            {
                if (!result.TryGetValue(entity, out var set))
                {
                    result[entity] = set = [];
                }
                set.UnionWith(together.Where(e => !e.Equals(entity)));
            }
        }
        return result.ToDictionary(static p => p.Key, static p => (IReadOnlyList<Iri>)p.Value.OrderBy(static i => i.Value, StringComparer.Ordinal).ToList());
    }
}
