using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// The repository's items: every resource under the base IRI that has a type, in IRI order (a stable order is what
/// makes resumption tokens, which carry an offset, valid across requests). Sets are the types, named
/// <c>type:{local name}</c>.
/// </summary>
internal sealed class OaiRecordSource(IDatasetSnapshot snapshot, string baseIri, LabelPolicy labels)
{
    private readonly ResourceDescriber _describer = new(labels, maxIncoming: 0);
    private List<(Iri Resource, List<Iri> Types)>? _items;

    public IReadOnlyList<(Iri Resource, List<Iri> Types)> Items => _items ??= Load();

    /// <summary>The sets: spec <c>type:{local name}</c>, the class IRI as name, in spec order.</summary>
    public IReadOnlyList<(string Spec, Iri Type)> Sets() =>
        Items.SelectMany(static i => i.Types).Distinct()
            .Select(static t => (Spec: SetSpecOf(t), Type: t))
            .DistinctBy(static s => s.Spec)
            .OrderBy(static s => s.Spec, StringComparer.Ordinal).ToList();

    public static string SetSpecOf(Iri type) => "type:" + new string(LabelChooser.LocalName(type).Where(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray());

    public OaiRecord? Find(string identifier)
    {
        var item = Items.FirstOrDefault(i => i.Resource.Value == identifier);
        return item.Resource is null ? null : Record(item);
    }

    public OaiRecord Record((Iri Resource, List<Iri> Types) item)
    {
        ResourceDescription description = _describer.Describe(snapshot, item.Resource);
        return new OaiRecord(item.Resource, item.Types, [.. description.Outgoing, .. description.Labels]);
    }

    private List<(Iri, List<Iri>)> Load() =>
        snapshot.Match(QuadPattern.InAllGraphs(predicate: RdfVocab.Type))
            .Where(q => q.Subject is Iri s && s.Value.StartsWith(baseIri, StringComparison.Ordinal) && q.Object is Iri)
            .GroupBy(static q => (Iri)q.Subject)
            .Select(static g => (g.Key, g.Select(static q => (Iri)q.Object).Distinct().ToList()))
            .OrderBy(static i => i.Key.Value, StringComparer.Ordinal)
            .ToList();
}
