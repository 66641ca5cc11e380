using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>Collects statements into the current named graph, with shorthands for literals.</summary>
internal sealed class QuadSink
{
    private readonly List<Quad> _quads = [];
    private readonly HashSet<Quad> _seen = [];

    public Term? Graph { get; set; }

    public IReadOnlyList<Quad> Quads => _quads;

    public void Add(Term subject, Iri predicate, Term value)
    {
        var quad = new Quad(subject, predicate, value, Graph);
        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    public void Text(Term subject, Iri predicate, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Add(subject, predicate, Literal.Simple(value));
        }
    }

    public void Integer(Term subject, Iri predicate, long value) =>
        Add(subject, predicate, Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer));

    public void Boolean(Term subject, Iri predicate, bool value) =>
        Add(subject, predicate, Literal.Typed(value ? "true" : "false", Xsd.Boolean));

    public void Type(Term subject, params Iri[] classes)
    {
        foreach (Iri type in classes)
        {
            Add(subject, RdfVocab.Type, type);
        }
    }
}
