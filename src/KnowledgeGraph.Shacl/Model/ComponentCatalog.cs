using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Constraints;
using KnowledgeGraph.Shacl.Sparql;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>
/// The SPARQL-based constraint components declared in the shapes graph (SHACL 1.0 §6.1): each SHACL instance of
/// sh:ConstraintComponent with its parameters and validators. A shape uses a component when it has a value for each
/// of the component's mandatory parameters.
/// </summary>
internal sealed class ComponentCatalog
{
    /// <summary>The variables SHACL pre-binds for every query, before component parameters.</summary>
    public static readonly IReadOnlySet<string> StandardPreBound = new HashSet<string>(StringComparer.Ordinal) { "this", "currentShape", "shapesGraph", "value" };

    private readonly GraphView _graph;
    private readonly List<(Iri Component, List<(Iri Path, string Name, bool Optional)> Parameters)> _components = [];

    public ComponentCatalog(GraphView graph)
    {
        _graph = graph;
        foreach (Term component in graph.InstancesOf(ShVocab.ConstraintComponent))
        {
            if (component is not Iri iri)
            {
                continue;
            }
            var parameters = new List<(Iri, string, bool)>();
            foreach (Term parameter in graph.Objects(component, ShVocab.Parameter))
            {
                Iri path = graph.Object(parameter, ShVocab.Path) as Iri
                    ?? throw new ShapesGraphException($"Constraint component {component}: parameter {parameter} has no IRI sh:path.");
                bool optional = graph.Object(parameter, ShVocab.Optional) is { } o && ParameterReader.Boolean(component, ShVocab.Optional, o);
                parameters.Add((path, LocalName(path), optional));
            }
            if (parameters.Count > 0)
            {
                _components.Add((iri, parameters));
            }
        }
    }

    public IEnumerable<Constraint> ConstraintsFor(Shape shape)
    {
        foreach (var (component, parameters) in _components)
        {
            var values = new Dictionary<string, Term>(StringComparer.Ordinal);
            bool applies = true;
            foreach (var (path, name, optional) in parameters)
            {
                if (_graph.Object(shape.Node, path) is { } value)
                {
                    values[name] = value;
                }
                else if (!optional)
                {
                    applies = false;
                    break;
                }
            }
            if (!applies)
            {
                continue;
            }
            Term? validator = (shape.IsPropertyShape ? _graph.Object(component, ShVocab.PropertyValidator) : _graph.Object(component, ShVocab.NodeValidator))
                ?? _graph.Object(component, ShVocab.Validator);
            if (validator is null)
            {
                continue;
            }
            string body = (_graph.Object(validator, ShVocab.Select) ?? _graph.Object(validator, ShVocab.Ask)) is Literal text
                ? text.LexicalForm
                : throw new ShapesGraphException($"Constraint component {component}: validator {validator} has neither sh:select nor sh:ask.");
            var preBound = new HashSet<string>(StandardPreBound, StringComparer.Ordinal);
            preBound.UnionWith(values.Keys);
            var query = ShaclQuery.Prepare(_graph, validator, body, shape, preBound);
            var messages = _graph.Objects(validator, ShVocab.Message).OfType<Literal>().ToList();
            if (messages.Count == 0)
            {
                messages = _graph.Objects(component, ShVocab.Message).OfType<Literal>().ToList();
            }
            yield return new SparqlComponentConstraint(component, query, values, messages);
        }
    }

    private static string LocalName(Iri iri)
    {
        int cut = Math.Max(iri.Value.LastIndexOf('#'), iri.Value.LastIndexOf('/'));
        return iri.Value[(cut + 1)..];
    }
}
