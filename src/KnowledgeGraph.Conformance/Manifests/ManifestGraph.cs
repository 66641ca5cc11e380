using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>
/// The triples of one manifest file, indexed by subject and predicate. Manifests are small, so a dictionary is all the
/// index they need; handlers use it to read test-specific properties (e.g. SPARQL's <c>qt:query</c>).
/// </summary>
public sealed class ManifestGraph
{
    private readonly Dictionary<(Term Subject, Iri Predicate), List<Term>> _objects = [];

    /// <summary>Indexes the given triples.</summary>
    public ManifestGraph(IEnumerable<Quad> quads)
    {
        foreach (var quad in quads)
        {
            var key = (quad.Subject, quad.Predicate);
            if (!_objects.TryGetValue(key, out var list))
            {
                _objects[key] = list = [];
            }
            list.Add(quad.Object);
        }
    }

    /// <summary>All objects of the subject and predicate, in document order.</summary>
    public IReadOnlyList<Term> Objects(Term subject, Iri predicate) =>
        _objects.TryGetValue((subject, predicate), out var list) ? list : [];

    /// <summary>The first object of the subject and predicate, or null.</summary>
    public Term? Object(Term subject, Iri predicate) =>
        _objects.TryGetValue((subject, predicate), out var list) && list.Count > 0 ? list[0] : null;

    /// <summary>The lexical form of the first literal object, or null.</summary>
    public string? Text(Term subject, Iri predicate) => (Object(subject, predicate) as Literal)?.LexicalForm;

    /// <summary>The members of the RDF collection starting at <paramref name="head"/>.</summary>
    /// <exception cref="InvalidDataException">The list is malformed or cyclic.</exception>
    public IReadOnlyList<Term> List(Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        Term node = head;
        while (!node.Equals(RdfVocab.Nil))
        {
            if (!seen.Add(node))
            {
                throw new InvalidDataException($"The RDF list at {head} is cyclic.");
            }
            items.Add(Object(node, RdfVocab.First) ?? throw new InvalidDataException($"List node {node} has no rdf:first."));
            node = Object(node, RdfVocab.Rest) ?? throw new InvalidDataException($"List node {node} has no rdf:rest.");
        }
        return items;
    }
}
