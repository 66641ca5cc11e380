using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Publishing.Curation;

/// <summary>
/// Reads curation files (Turtle) into operations, in the order they are written. Relative IRIs resolve against the
/// build's base IRI, so a file says <c>&lt;person/josef-dzhugashvili&gt; kgo:mergeInto &lt;person/joseph-stalin&gt;</c> and
/// keeps working when the graph is built under another base. Statements in other vocabularies (comments, notes) are
/// ignored; an unknown term of the ontology's namespace is an error, because it is almost always a typo that would
/// otherwise silently do nothing.
/// </summary>
public static class CurationFileReader
{
    private static readonly Iri EntityLink = new(Kgo.Namespace + "EntityLink");

    /// <summary>Reads one file.</summary>
    /// <exception cref="CurationException">The file is not Turtle or states an operation that is incomplete or ill-typed.</exception>
    public static IReadOnlyList<CurationOperation> Read(string path, string baseIri)
    {
        string name = Path.GetFileName(path);
        List<Triple> triples;
        try
        {
            using var reader = new StreamReader(path);
            triples = KnownRdfFormats.Turtle.CreateReader().Read(reader, new RdfReaderOptions { BaseIri = baseIri }).Select(q => q.Triple).ToList();
        }
        catch (RdfSyntaxException error)
        {
            throw new CurationException($"{path}:{error.Error.Line}:{error.Error.Column}: {error.Error.Message}");
        }
        catch (IOException error)
        {
            throw new CurationException($"{path}: {error.Message}");
        }
        // Review decisions about Wikidata links (kgo:EntityLink, written by `kg link --review`) live in the same folder but
        // are read by the linkset loader, not here.
        var linkDecisions = triples.Where(t => t.Predicate == RdfVocab.Type && t.Object == EntityLink).Select(t => t.Subject).ToHashSet();
        triples.RemoveAll(t => linkDecisions.Contains(t.Subject));
        foreach (Triple t in triples)
        {
            foreach (Term term in new[] { t.Predicate, t.Object })
            {
                if (term is Iri iri && iri.Value.StartsWith(Kgo.Namespace, StringComparison.Ordinal) && !CurationTerms.All.Contains(iri)
                    && (term == t.Predicate || t.Predicate == RdfVocab.Type))
                {
                    throw new CurationException($"{path}: {Show(t.Subject, baseIri)}: unknown curation term kgo:{iri.Value[Kgo.Namespace.Length..]}");
                }
            }
        }
        var operations = new List<CurationOperation>();
        foreach (IGrouping<Term, Triple> subject in triples.GroupBy(t => t.Subject))
        {
            operations.AddRange(OperationsOf(subject.Key, [.. subject], $"{name}: {Show(subject.Key, baseIri)}", baseIri));
        }
        return operations;
    }

    /// <summary>Reads every <c>*.ttl</c> file of a folder in name order.</summary>
    public static IReadOnlyList<CurationOperation> ReadFolder(string folder, string baseIri) =>
        [.. Directory.GetFiles(folder, "*.ttl").Order(StringComparer.Ordinal).SelectMany(f => Read(f, baseIri))];

    private static IEnumerable<CurationOperation> OperationsOf(Term subject, List<Triple> statements, string origin, string baseIri)
    {
        var types = statements.Where(t => t.Predicate == RdfVocab.Type).Select(t => t.Object).ToHashSet();
        if (types.Contains(CurationTerms.EntitySplit))
        {
            yield return Split(statements, origin, baseIri);
        }
        if (types.Contains(CurationTerms.StatementAddition) || types.Contains(CurationTerms.StatementRemoval))
        {
            Triple statement = Reified(statements, origin);
            yield return types.Contains(CurationTerms.StatementAddition)
                ? new AddStatementOperation(origin, statement)
                : new RemoveStatementOperation(origin, statement);
        }
        foreach (Triple t in statements)
        {
            if (t.Predicate == CurationTerms.MergeInto)
            {
                yield return new MergeOperation(origin, Entity(subject, origin), IriObject(t, origin));
            }
            else if (t.Predicate == CurationTerms.RetypeAs)
            {
                yield return new RetypeOperation(origin, Entity(subject, origin), IriObject(t, origin));
            }
            else if (t.Predicate == CurationTerms.RelabelAs)
            {
                yield return new RelabelOperation(origin, Entity(subject, origin), LiteralObject(t, origin));
            }
            else if (t.Predicate == CurationTerms.DeleteEntity)
            {
                if (t.Object is not Literal { LexicalForm: "true" or "1" })
                {
                    throw new CurationException($"{origin}: kgo:deleteEntity takes true");
                }
                yield return new DeleteOperation(origin, Entity(subject, origin));
            }
        }
    }

    private static SplitOperation Split(List<Triple> statements, string origin, string baseIri)
    {
        Iri from = IriObject(Single(statements, CurationTerms.SplitFrom, origin), origin);
        Iri created = IriObject(Single(statements, CurationTerms.NewEntity, origin), origin);
        Literal label = LiteralObject(Single(statements, CurationTerms.NewLabel, origin), origin);
        var texts = statements.Where(t => t.Predicate == CurationTerms.MentionText).Select(t => LiteralObject(t, origin).LexicalForm).ToList();
        if (texts.Count == 0)
        {
            throw new CurationException($"{origin}: a kgo:EntitySplit needs at least one kgo:mentionText");
        }
        return new SplitOperation($"{origin} (split of {Show(from, baseIri)})", from, created, label, texts);
    }

    private static Triple Reified(List<Triple> statements, string origin)
    {
        Term subject = Single(statements, RdfVocab.Subject, origin).Object;
        Term predicate = Single(statements, RdfVocab.Predicate, origin).Object;
        Term value = Single(statements, RdfVocab.Object, origin).Object;
        if (subject is Literal || predicate is not Iri p)
        {
            throw new CurationException($"{origin}: rdf:subject must be an IRI or blank node and rdf:predicate an IRI");
        }
        return new Triple(subject, p, value);
    }

    private static Triple Single(List<Triple> statements, Iri predicate, string origin)
    {
        var found = statements.Where(t => t.Predicate == predicate).ToList();
        return found.Count == 1 ? found[0] : throw new CurationException($"{origin}: needs exactly one {Prefixes.Compact(predicate.Value)} (found {found.Count})");
    }

    private static Iri Entity(Term subject, string origin) =>
        subject as Iri ?? throw new CurationException($"{origin}: the entity to correct must be named by its IRI, not a blank node");

    private static Iri IriObject(Triple t, string origin) =>
        t.Object as Iri ?? throw new CurationException($"{origin}: {Prefixes.Compact(t.Predicate.Value)} takes an IRI, not {t.Object}");

    private static Literal LiteralObject(Triple t, string origin) =>
        t.Object as Literal ?? throw new CurationException($"{origin}: {Prefixes.Compact(t.Predicate.Value)} takes a literal, not {t.Object}");

    /// <summary>An IRI as the file would write it: relative to the base where it can be.</summary>
    internal static string Show(Term term, string baseIri) =>
        term is Iri iri && iri.Value.StartsWith(baseIri, StringComparison.Ordinal) ? $"<{iri.Value[baseIri.Length..]}>" : term.ToString() ?? "";
}
