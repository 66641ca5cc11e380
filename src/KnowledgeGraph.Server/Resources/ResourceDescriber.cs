using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>
/// Builds a <see cref="ResourceDescription"/>: the concise bounded description (statements about the resource,
/// following blank-node objects), the incoming statements that make "cited by" and "mentioned in" visible, and the
/// labels of every linked resource. All graphs are read, so provenance graphs show in quad formats.
/// </summary>
public sealed class ResourceDescriber
{
    private readonly int _maxIncoming;
    private readonly LabelPolicy _labels;

    /// <summary>Creates a describer that includes at most <paramref name="maxIncoming"/> incoming statements.</summary>
    public ResourceDescriber(LabelPolicy labels, int maxIncoming = 2000)
    {
        _labels = labels;
        _maxIncoming = maxIncoming;
    }

    /// <summary>Describes <paramref name="resource"/> as the snapshot has it.</summary>
    public ResourceDescription Describe(IDatasetSnapshot snapshot, Iri resource)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var outgoing = new List<Quad>();
        var visited = new HashSet<Term> { resource };
        var pending = new Queue<Term>([resource]);
        while (pending.TryDequeue(out Term? subject))
        {
            foreach (Quad quad in snapshot.Match(QuadPattern.InAllGraphs(subject)))
            {
                outgoing.Add(quad);
                if (quad.Object is BlankNode blank && visited.Add(blank))
                {
                    pending.Enqueue(blank);
                }
            }
        }
        var incoming = snapshot.Match(QuadPattern.InAllGraphs(obj: resource)).Take(_maxIncoming + 1).ToList();
        bool truncated = incoming.Count > _maxIncoming;
        if (truncated)
        {
            incoming.RemoveAt(incoming.Count - 1);
        }
        // Properties get their labels too, so pages can name them as the ontology does.
        var linked = new HashSet<Iri>();
        foreach (Quad quad in outgoing)
        {
            linked.Add(quad.Predicate);
            if (quad.Object is Iri target && !target.Equals(resource))
            {
                linked.Add(target);
            }
        }
        foreach (Quad quad in incoming)
        {
            linked.Add(quad.Predicate);
            if (quad.Subject is Iri source && !source.Equals(resource))
            {
                linked.Add(source);
            }
        }
        var labels = new List<Quad>();
        foreach (Iri target in linked)
        {
            labels.AddRange(_labels.LabelStatements(snapshot, target));
        }
        return new ResourceDescription(resource, outgoing, incoming, labels, truncated);
    }
}
