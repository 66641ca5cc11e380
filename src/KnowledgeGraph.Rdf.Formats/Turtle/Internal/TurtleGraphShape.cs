using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// The facts about one graph that decide its pretty layout: each subject's predicate-object pairs in order, and how
/// often each blank node is used as an object. A blank node used exactly once as an object, and not
/// pinned (shared with other graphs or named inside a triple term), can be written in place.
/// </summary>
internal sealed class TurtleGraphShape
{
    private readonly Dictionary<Term, List<(Iri Predicate, Term Object)>> _bySubject = [];
    private readonly Dictionary<BlankNode, int> _objectUses = [];
    private readonly IReadOnlySet<BlankNode> _pinned;

    public TurtleGraphShape(IEnumerable<Triple> triples, IReadOnlySet<BlankNode> pinned)
    {
        _pinned = pinned;
        var seen = new HashSet<Triple>();
        foreach (Triple triple in triples)
        {
            if (!seen.Add(triple))
            {
                continue;
            }
            if (!_bySubject.TryGetValue(triple.Subject, out var pairs))
            {
                pairs = [];
                _bySubject.Add(triple.Subject, pairs);
                Subjects.Add(triple.Subject);
            }
            pairs.Add((triple.Predicate, triple.Object));
            if (triple.Object is BlankNode blank)
            {
                _objectUses[blank] = _objectUses.GetValueOrDefault(blank) + 1;
            }
        }
    }

    /// <summary>The subjects in order of first appearance.</summary>
    public List<Term> Subjects { get; } = [];

    /// <summary>The predicate-object pairs of a subject (empty when it is never a subject).</summary>
    public IReadOnlyList<(Iri Predicate, Term Object)> PairsOf(Term subject) =>
        _bySubject.TryGetValue(subject, out var pairs) ? pairs : [];

    /// <summary>How many triples of the graph have the blank node as object.</summary>
    public int ObjectUses(BlankNode blank) => _objectUses.GetValueOrDefault(blank);

    /// <summary>Whether the blank node must keep a label because something outside this graph refers to it.</summary>
    public bool IsPinned(BlankNode blank) => _pinned.Contains(blank);
}
