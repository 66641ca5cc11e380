using System.Globalization;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Linksets;

/// <summary>
/// Reads the <c>kgo:EntityLink</c> records of a linkset, candidate or review file (Turtle). Every record must be
/// complete, so a half-written decision is reported (file and record) instead of being read as something else.
/// </summary>
public static class LinksetReader
{
    /// <summary>Reads a file; a missing file is an empty linkset.</summary>
    /// <exception cref="LinksetFormatException">The file is not Turtle, or a record is incomplete or wrong.</exception>
    public static IReadOnlyList<EntityLink> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return [];
        }
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads Turtle text; <paramref name="name"/> names the source in error messages.</summary>
    /// <exception cref="LinksetFormatException">The text is not Turtle, or a record is incomplete or wrong.</exception>
    public static IReadOnlyList<EntityLink> Read(TextReader text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Triple> triples;
        try
        {
            triples = KnownRdfFormats.Turtle.CreateReader().Read(text, new RdfReaderOptions { BaseIri = "https://example.org/kg/" }).Select(static q => q.Triple).ToList();
        }
        catch (RdfSyntaxException error)
        {
            throw new LinksetFormatException($"{name}: {error.Message}", error);
        }
        var bySubject = triples.ToLookup(static t => t.Subject);
        var links = new List<EntityLink>();
        foreach (Term record in triples.Where(static t => t.Predicate.Equals(RdfVocab.Type) && t.Object.Equals(LinkVocabulary.EntityLink)).Select(static t => t.Subject).Distinct())
        {
            links.Add(ReadRecord(record, bySubject[record].ToList(), name));
        }
        return links;
    }

    private static EntityLink ReadRecord(Term record, List<Triple> statements, string name)
    {
        string where = $"{name}: link record {record}";
        Term One(Iri predicate)
        {
            var values = statements.Where(t => t.Predicate.Equals(predicate)).Select(static t => t.Object).Distinct().ToList();
            return values.Count switch
            {
                1 => values[0],
                0 => throw new LinksetFormatException($"{where} has no {Compact(predicate)}"),
                _ => throw new LinksetFormatException($"{where} has {values.Count} values of {Compact(predicate)}, expected one"),
            };
        }
        Iri source = One(LinkVocabulary.LinkSource) as Iri ?? throw new LinksetFormatException($"{where}: kgo:linkSource must be an IRI");
        Iri target = One(LinkVocabulary.LinkTarget) as Iri ?? throw new LinksetFormatException($"{where}: kgo:linkTarget must be an IRI");
        Iri predicate = One(LinkVocabulary.LinkPredicate) as Iri ?? throw new LinksetFormatException($"{where}: kgo:linkPredicate must be an IRI");
        if (!predicate.Equals(LinkVocabulary.ExactMatch) && !predicate.Equals(LinkVocabulary.SameAs))
        {
            throw new LinksetFormatException($"{where}: kgo:linkPredicate is {predicate}, expected skos:exactMatch or owl:sameAs");
        }
        double score = One(LinkVocabulary.LinkScore) is Literal scoreLiteral
            && double.TryParse(scoreLiteral.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && parsed is >= 0 and <= 1
            ? parsed
            : throw new LinksetFormatException($"{where}: kgo:linkScore must be a number from 0 to 1");
        Term method = One(LinkVocabulary.LinkMethod);
        LinkMethod linkMethod = method.Equals(LinkVocabulary.ManualReview) ? LinkMethod.ManualReview
            : method.Equals(LinkVocabulary.AutomaticReconciliation) ? LinkMethod.AutomaticReconciliation
            : throw new LinksetFormatException($"{where}: kgo:linkMethod is {method}, expected kgo:ManualReview or kgo:AutomaticReconciliation");
        Term status = One(LinkVocabulary.ReviewStatus);
        ReviewStatus reviewStatus = status.Equals(LinkVocabulary.Accepted) ? ReviewStatus.Accepted
            : status.Equals(LinkVocabulary.Rejected) ? ReviewStatus.Rejected
            : status.Equals(LinkVocabulary.Pending) ? ReviewStatus.Pending
            : throw new LinksetFormatException($"{where}: kgo:reviewStatus is {status}, expected kgo:Accepted, kgo:Rejected or kgo:Pending");
        DateOnly date = One(LinkVocabulary.Date) is Literal dateLiteral
            && DateOnly.TryParseExact(dateLiteral.LexicalForm, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
            ? day
            : throw new LinksetFormatException($"{where}: dcterms:date must be a date (YYYY-MM-DD)");
        string? evidence = statements.Where(t => t.Predicate.Equals(LinkVocabulary.LinkEvidence)).Select(static t => t.Object).OfType<Literal>().FirstOrDefault()?.LexicalForm;
        return new EntityLink(source, target, predicate, score, linkMethod, reviewStatus, date, evidence);
    }

    private static string Compact(Iri iri)
    {
        foreach ((string prefix, string ns) in LinkVocabulary.Prefixes)
        {
            if (iri.Value.StartsWith(ns, StringComparison.Ordinal))
            {
                return prefix + ":" + iri.Value[ns.Length..];
            }
        }
        return iri.ToString();
    }
}
