using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>One target declaration of a shape (SHACL 1.0 §2.1.3), with its node, class or predicate.</summary>
internal sealed record Target(TargetKind Kind, Term Value)
{
    /// <summary>The focus nodes this target selects in the data graph.</summary>
    public IEnumerable<Term> Select(GraphView data) => Kind switch
    {
        TargetKind.Node => [Value],
        TargetKind.Class => data.InstancesOf(Value),
        TargetKind.SubjectsOf => Value is Iri p ? data.Subjects(p, null) : [],
        _ => Value is Iri q ? data.Snapshot.Match(Rdf.Store.QuadPattern.InDefaultGraph(null, q)).Select(static x => x.Object) : [],
    };
}
