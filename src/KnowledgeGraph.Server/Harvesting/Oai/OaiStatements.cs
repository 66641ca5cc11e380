using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>Reads the values metadata formats map, with the vocabularies the extractor and common data use.</summary>
internal static class OaiStatements
{
    private static readonly string[] CreatorProperties = ["http://purl.org/dc/terms/creator", "https://schema.org/author", "http://schema.org/author", "https://schema.org/creator"];
    private static readonly string[] DateProperties = ["http://purl.org/dc/terms/date", "http://purl.org/dc/terms/issued", "https://schema.org/datePublished", "https://schema.org/startDate", "https://schema.org/birthDate"];
    private static readonly string[] DescriptionProperties = ["https://schema.org/description", "http://purl.org/dc/terms/description", "http://www.w3.org/2000/01/rdf-schema#comment"];
    private static readonly string[] SameAsProperties = ["http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2004/02/skos/core#exactMatch"];

    public static string Label(OaiRecord record, LabelPolicy labels) => labels.LabelOf(record.Resource, record.Statements);

    public static IEnumerable<Term> Creators(OaiRecord record) => Values(record, CreatorProperties);

    public static IEnumerable<string> Dates(OaiRecord record) => Values(record, DateProperties).OfType<Literal>().Select(static l => l.LexicalForm);

    public static IEnumerable<Literal> Descriptions(OaiRecord record) => Values(record, DescriptionProperties).OfType<Literal>();

    public static IEnumerable<Iri> SameAs(OaiRecord record) => Values(record, SameAsProperties).OfType<Iri>();

    public static string LabelOf(Term term, OaiRecord record, LabelPolicy labels) => labels.LabelOf(term, record.Statements);

    private static IEnumerable<Term> Values(OaiRecord record, string[] properties) =>
        record.Statements.Where(q => q.Subject.Equals(record.Resource) && properties.Contains(q.Predicate.Value)).Select(static q => q.Object).Distinct();
}
