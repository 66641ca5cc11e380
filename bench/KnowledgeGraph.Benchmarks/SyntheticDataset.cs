using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A deterministic generated dataset shaped like bibliographic data (people, works, citations, dates, titles with
/// escapes and non-ASCII text, language tags, blank nodes), so parse and write figures do not depend on one file.
/// </summary>
internal static class SyntheticDataset
{
    private const string Ns = "http://example.org/kg/";

    public static IEnumerable<Quad> Generate(int triples, int seed = 42)
    {
        var random = new Random(seed);
        var type = RdfVocab.Type;
        var name = new Iri("http://schema.org/name");
        var cites = new Iri("http://purl.org/spar/cito/cites");
        var date = new Iri("http://purl.org/dc/terms/date");
        var creator = new Iri("http://purl.org/dc/terms/creator");
        var pages = new Iri("http://purl.org/spar/fabio/hasPageCount");
        var note = new Iri(Ns + "note");
        var person = new Iri("http://schema.org/Person");
        var work = new Iri("http://schema.org/CreativeWork");
        int produced = 0;
        for (int i = 0; produced < triples; i++)
        {
            var subject = new Iri(Ns + "work/" + i.ToString(CultureInfo.InvariantCulture));
            var author = new Iri(Ns + "person/" + random.Next(i / 4 + 1).ToString(CultureInfo.InvariantCulture));
            var statements = new Quad[]
            {
                new(subject, type, work, null),
                new(subject, name, Literal.LanguageTagged($"Title {i} — \"quoted\" ünïcödé", i % 2 == 0 ? "en" : "de"), null),
                new(subject, creator, author, null),
                new(author, type, person, null),
                new(subject, date, Literal.Typed((1900 + i % 120).ToString(CultureInfo.InvariantCulture), Xsd.GYear), null),
                new(subject, pages, Literal.Typed(random.Next(1, 900).ToString(CultureInfo.InvariantCulture), Xsd.Integer), null),
                new(subject, cites, new Iri(Ns + "work/" + random.Next(i + 1).ToString(CultureInfo.InvariantCulture)), null),
                new(subject, note, new BlankNode("n" + i.ToString(CultureInfo.InvariantCulture)), null),
                new(new BlankNode("n" + i.ToString(CultureInfo.InvariantCulture)), note, Literal.Simple("line one\nline two\twith tab"), null),
            };
            foreach (var quad in statements)
            {
                if (produced++ == triples)
                {
                    yield break;
                }
                yield return quad;
            }
        }
    }
}
