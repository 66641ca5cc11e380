using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Linking.Vocabulary;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Linksets;

/// <summary>
/// Writes links as Turtle: the link statement of every accepted link (so the file is a usable linkset on its own) and
/// one <c>kgo:EntityLink</c> provenance record per link, sorted so that a refresh diffs cleanly.
/// </summary>
public static class LinksetWriter
{
    /// <summary>The quads of <paramref name="links"/>: link statements of accepted links, then the records, in <paramref name="graph"/>.</summary>
    /// <param name="links">The links.</param>
    /// <param name="baseIri">The base the record IRIs are minted under (<c>{base}link/…</c>).</param>
    /// <param name="graph">The named graph to put them in; null for the default graph.</param>
    public static IReadOnlyList<Quad> ToQuads(IEnumerable<EntityLink> links, string baseIri, Iri? graph = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var sorted = links.OrderBy(static l => l.Source.Value, StringComparer.Ordinal).ThenBy(static l => l.Target.Value, StringComparer.Ordinal).ToList();
        var quads = new List<Quad>();
        foreach (EntityLink link in sorted.Where(static l => l.Status == ReviewStatus.Accepted))
        {
            quads.Add(new Quad(link.Source, link.Predicate, link.Target, graph));
        }
        foreach (EntityLink link in sorted)
        {
            Iri record = RecordIri(link, baseIri);
            void Add(Iri predicate, Term value) => quads.Add(new Quad(record, predicate, value, graph));
            Add(RdfVocab.Type, LinkVocabulary.EntityLink);
            Add(LinkVocabulary.LinkSource, link.Source);
            Add(LinkVocabulary.LinkPredicate, link.Predicate);
            Add(LinkVocabulary.LinkTarget, link.Target);
            Add(LinkVocabulary.LinkScore, Literal.Typed(Math.Round(link.Score, 3).ToString("0.0##", CultureInfo.InvariantCulture), Xsd.Decimal));
            Add(LinkVocabulary.LinkMethod, link.Method == LinkMethod.ManualReview ? LinkVocabulary.ManualReview : LinkVocabulary.AutomaticReconciliation);
            Add(LinkVocabulary.ReviewStatus, link.Status switch
            {
                ReviewStatus.Accepted => LinkVocabulary.Accepted,
                ReviewStatus.Rejected => LinkVocabulary.Rejected,
                _ => LinkVocabulary.Pending,
            });
            Add(LinkVocabulary.Date, Literal.Typed(link.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Xsd.Date));
            if (link.Evidence is { Length: > 0 } evidence)
            {
                Add(LinkVocabulary.LinkEvidence, Literal.Simple(evidence));
            }
        }
        return quads;
    }

    /// <summary>Writes <paramref name="links"/> to <paramref name="path"/> (replacing it whole, never half-written), after a comment header.</summary>
    public static void WriteFile(string path, IEnumerable<EntityLink> links, string baseIri, string header)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            Write(writer, links, baseIri, header);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes <paramref name="links"/> as Turtle after a comment header (one <c>#</c> line per header line).</summary>
    public static void Write(TextWriter writer, IEnumerable<EntityLink> links, string baseIri, string header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        foreach (string line in header.Split('\n'))
        {
            writer.Write(line.Length == 0 ? "#\n" : "# " + line.TrimEnd() + "\n");
        }
        writer.Write('\n');
        KnownRdfFormats.Turtle.CreateWriter().Write(ToQuads(links, baseIri), writer, new RdfWriterOptions { Prefixes = LinkVocabulary.Prefixes });
    }

    /// <summary>
    /// The IRI of a link's record: <c>{base}link/{path of the entity}/{QID}</c> for an entity under the base and a
    /// Wikidata target; otherwise a hash of both, so any pair has one stable record IRI.
    /// </summary>
    public static Iri RecordIri(EntityLink link, string baseIri)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(baseIri);
        string? qid = LinkVocabulary.WikidataId(link.Target);
        if (qid is not null && link.Source.Value.StartsWith(baseIri, StringComparison.Ordinal) && link.Source.Value.Length > baseIri.Length
            && link.Source.Value.AsSpan(baseIri.Length).IndexOfAny("#?") < 0)
        {
            return new Iri($"{baseIri}link/{link.Source.Value[baseIri.Length..]}/{qid}");
        }
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(link.Source.Value + " " + link.Target.Value));
        return new Iri($"{baseIri}link/{Convert.ToHexStringLower(hash)[..16]}");
    }
}
