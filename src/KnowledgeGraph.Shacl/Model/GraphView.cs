using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>
/// The default graph of a dataset snapshot, read through its indexes (match by subject and predicate, or predicate
/// and object), with the list and class helpers SHACL needs. Shapes graph and data graph each get their own view.
/// </summary>
internal sealed class GraphView(IDatasetSnapshot snapshot)
{
    private readonly Dictionary<Term, HashSet<Term>> _superClasses = [];

    public IDatasetSnapshot Snapshot { get; } = snapshot;

    public IEnumerable<Term> Objects(Term subject, Iri predicate)
    {
        foreach (Quad quad in Snapshot.Match(QuadPattern.InDefaultGraph(subject, predicate)))
        {
            yield return quad.Object;
        }
    }

    public Term? Object(Term subject, Iri predicate) => Objects(subject, predicate).FirstOrDefault();

    public IEnumerable<Term> Subjects(Iri? predicate, Term? obj)
    {
        foreach (Quad quad in Snapshot.Match(QuadPattern.InDefaultGraph(null, predicate, obj)))
        {
            yield return quad.Subject;
        }
    }

    public IEnumerable<Quad> About(Term subject) => Snapshot.Match(QuadPattern.InDefaultGraph(subject));

    public bool Contains(Term subject, Iri predicate, Term obj) =>
        Snapshot.Match(QuadPattern.InDefaultGraph(subject, predicate, obj)).Any();

    /// <summary>The members of the RDF list at <paramref name="head"/>; null when it is not a well-formed list.</summary>
    public List<Term>? List(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        Term node = head;
        while (!node.Equals(RdfVocab.Nil))
        {
            if (!seen.Add(node) || Object(node, RdfVocab.First) is not { } first || Object(node, RdfVocab.Rest) is not { } rest)
            {
                return null;
            }
            items.Add(first);
            node = rest;
        }
        return items;
    }

    /// <summary>The class and every class it is, transitively, an rdfs:subClassOf (SHACL 1.0 §1.5, "SHACL subclass").</summary>
    public HashSet<Term> SuperClassesOf(Term type)
    {
        if (_superClasses.TryGetValue(type, out HashSet<Term>? known))
        {
            return known;
        }
        var result = new HashSet<Term> { type };
        var pending = new Stack<Term>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            foreach (Term super in Objects(pending.Pop(), ShVocab.SubClassOf))
            {
                if (result.Add(super))
                {
                    pending.Push(super);
                }
            }
        }
        _superClasses[type] = result;
        return result;
    }

    /// <summary>Whether <paramref name="node"/> is a SHACL instance of <paramref name="type"/>: typed with it or a subclass.</summary>
    public bool IsInstanceOf(Term node, Term type)
    {
        foreach (Term direct in Objects(node, RdfVocab.Type))
        {
            if (SuperClassesOf(direct).Contains(type))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every SHACL instance of <paramref name="type"/>: nodes typed with it or with one of its subclasses.</summary>
    public IEnumerable<Term> InstancesOf(Term type)
    {
        var classes = new HashSet<Term> { type };
        var pending = new Stack<Term>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            foreach (Term sub in Subjects(ShVocab.SubClassOf, pending.Pop()))
            {
                if (classes.Add(sub))
                {
                    pending.Push(sub);
                }
            }
        }
        var seen = new HashSet<Term>();
        foreach (Term cls in classes)
        {
            foreach (Term instance in Subjects(RdfVocab.Type, cls))
            {
                if (seen.Add(instance))
                {
                    yield return instance;
                }
            }
        }
    }
}
