using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Shacl.Constraints;
using KnowledgeGraph.Shacl.Paths;
using KnowledgeGraph.Shacl.Sparql;

namespace KnowledgeGraph.Shacl.Model;

/// <summary>
/// Parses the shapes graph into <see cref="Shape"/>s (SHACL 1.0 §2, §3.1): the shape candidates are the SHACL
/// instances of sh:NodeShape and sh:PropertyShape, the subjects of target predicates, and every shape they refer to.
/// Each shape is registered before its constraints are read, so shapes that refer to each other parse once.
/// </summary>
internal sealed class ShapeParser
{
    private static readonly Iri[] TargetPredicates = [ShVocab.TargetNode, ShVocab.TargetClass, ShVocab.TargetSubjectsOf, ShVocab.TargetObjectsOf];
    private readonly GraphView _graph;
    private readonly Dictionary<Term, Shape> _shapes = [];
    private readonly ComponentCatalog _components;

    public ShapeParser(GraphView graph)
    {
        _graph = graph;
        _components = new ComponentCatalog(graph);
    }

    public IReadOnlyList<Shape> ParseAll()
    {
        var candidates = new List<Term>();
        candidates.AddRange(_graph.InstancesOf(ShVocab.NodeShape));
        candidates.AddRange(_graph.InstancesOf(ShVocab.PropertyShape));
        foreach (Iri predicate in TargetPredicates)
        {
            candidates.AddRange(_graph.Subjects(predicate, null));
        }
        foreach (Term candidate in candidates)
        {
            ShapeOf(candidate);
        }
        return _shapes.Values.ToList();
    }

    private Shape ShapeOf(Term node)
    {
        if (_shapes.TryGetValue(node, out Shape? known))
        {
            return known;
        }
        var shape = new Shape(node);
        _shapes.Add(node, shape);
        List<Term> paths = _graph.Objects(node, ShVocab.Path).ToList();
        if (paths.Count > 1)
        {
            throw new ShapesGraphException($"Shape {node}: a property shape has exactly one sh:path, not {paths.Count}.");
        }
        if (paths.Count == 1)
        {
            shape.Path = PathParser.Parse(_graph, paths[0], node);
        }
        foreach (Term value in _graph.Objects(node, ShVocab.Deactivated))
        {
            shape.Deactivated = ParameterReader.Boolean(node, ShVocab.Deactivated, value);
        }
        if (_graph.Object(node, ShVocab.Severity) is { } severity)
        {
            shape.Severity = ParameterReader.IriValue(node, ShVocab.Severity, severity);
        }
        shape.Messages.AddRange(_graph.Objects(node, ShVocab.Message).OfType<Literal>());
        ReadTargets(shape);
        foreach (var quad in _graph.About(node).ToList())
        {
            ReadConstraint(shape, quad.Predicate, quad.Object);
        }
        ReadCompoundConstraints(shape);
        shape.Constraints.AddRange(_components.ConstraintsFor(shape));
        return shape;
    }

    private void ReadTargets(Shape shape)
    {
        Term node = shape.Node;
        shape.Targets.AddRange(_graph.Objects(node, ShVocab.TargetNode).Select(static v => new Target(TargetKind.Node, v)));
        shape.Targets.AddRange(_graph.Objects(node, ShVocab.TargetClass).Select(static v => new Target(TargetKind.Class, v)));
        shape.Targets.AddRange(_graph.Objects(node, ShVocab.TargetSubjectsOf).Select(static v => new Target(TargetKind.SubjectsOf, v)));
        shape.Targets.AddRange(_graph.Objects(node, ShVocab.TargetObjectsOf).Select(static v => new Target(TargetKind.ObjectsOf, v)));
        // Implicit class target (SHACL 1.0 §2.1.3.3): a shape that is also an rdfs:Class targets its instances.
        if (_graph.IsInstanceOf(node, ShVocab.RdfsClass)
            && (_graph.IsInstanceOf(node, ShVocab.NodeShape) || _graph.IsInstanceOf(node, ShVocab.PropertyShape)))
        {
            shape.Targets.Add(new Target(TargetKind.Class, node));
        }
    }

    private void ReadConstraint(Shape shape, Iri p, Term v)
    {
        Term node = shape.Node;
        Constraint? constraint = p.Value.StartsWith(Sh.Namespace, StringComparison.Ordinal) ? p.Value[Sh.Namespace.Length..] switch
        {
            "class" => new ClassConstraint(v),
            "datatype" => new DatatypeConstraint(ParameterReader.IriValue(node, p, v)),
            "nodeKind" => NodeKindConstraint.IsKind(v) ? new NodeKindConstraint((Iri)v) : throw new ShapesGraphException($"Shape {node}: sh:nodeKind {v} is not one of the six SHACL node kinds."),
            "minCount" => new MinCountConstraint(ParameterReader.NonNegativeInteger(node, p, v)),
            "maxCount" => new MaxCountConstraint(ParameterReader.NonNegativeInteger(node, p, v)),
            "minExclusive" => new MinExclusiveConstraint(v),
            "minInclusive" => new MinInclusiveConstraint(v),
            "maxExclusive" => new MaxExclusiveConstraint(v),
            "maxInclusive" => new MaxInclusiveConstraint(v),
            "minLength" => new MinLengthConstraint(ParameterReader.NonNegativeInteger(node, p, v)),
            "maxLength" => new MaxLengthConstraint(ParameterReader.NonNegativeInteger(node, p, v)),
            "pattern" => new PatternConstraint(ParameterReader.Text(node, p, v), _graph.Object(node, ShVocab.Flags) is { } f ? ParameterReader.Text(node, ShVocab.Flags, f) : null),
            "languageIn" => new LanguageInConstraint(ParameterReader.List(_graph, node, p, v).Select(m => ParameterReader.Text(node, p, m)).ToList()),
            "uniqueLang" => ParameterReader.IsTrue(v) ? new UniqueLangConstraint() : null,
            "equals" => new EqualsConstraint(ParameterReader.IriValue(node, p, v)),
            "disjoint" => new DisjointConstraint(ParameterReader.IriValue(node, p, v)),
            "lessThan" => new LessThanConstraint(ParameterReader.IriValue(node, p, v), false),
            "lessThanOrEquals" => new LessThanConstraint(ParameterReader.IriValue(node, p, v), true),
            "not" => new NotConstraint(ShapeOf(v)),
            "and" => new AndConstraint(ShapeList(node, p, v)),
            "or" => new OrConstraint(ShapeList(node, p, v)),
            "xone" => new XoneConstraint(ShapeList(node, p, v)),
            "node" => new NodeConstraint(ShapeOf(v)),
            "property" => new PropertyConstraint(PropertyShape(node, v)),
            "hasValue" => new HasValueConstraint(v),
            "in" => new InConstraint(ParameterReader.List(_graph, node, p, v)),
            "sparql" => SparqlConstraintOf(shape, v),
            _ => null,
        } : null;
        if (constraint is not null)
        {
            shape.Constraints.Add(constraint);
        }
    }

    /// <summary>The components whose parameters come together: sh:closed with sh:ignoredProperties, the qualified counts.</summary>
    private void ReadCompoundConstraints(Shape shape)
    {
        Term node = shape.Node;
        if (_graph.Object(node, ShVocab.Closed) is { } closed && ParameterReader.Boolean(node, ShVocab.Closed, closed))
        {
            var allowed = new HashSet<Iri>();
            foreach (Term property in _graph.Objects(node, ShVocab.Property))
            {
                if (_graph.Object(property, ShVocab.Path) is Iri predicate)
                {
                    allowed.Add(predicate);
                }
            }
            foreach (Term list in _graph.Objects(node, ShVocab.IgnoredProperties))
            {
                allowed.UnionWith(ParameterReader.List(_graph, node, ShVocab.IgnoredProperties, list).OfType<Iri>());
            }
            shape.Constraints.Add(new ClosedConstraint(allowed));
        }
        foreach (Term qualified in _graph.Objects(node, ShVocab.QualifiedValueShape))
        {
            bool disjoint = _graph.Object(node, ShVocab.QualifiedValueShapesDisjoint) is { } d && ParameterReader.Boolean(node, ShVocab.QualifiedValueShapesDisjoint, d);
            IReadOnlyList<Shape> siblings = disjoint ? Siblings(node, qualified) : [];
            Shape target = ShapeOf(qualified);
            if (_graph.Object(node, ShVocab.QualifiedMinCount) is { } min)
            {
                shape.Constraints.Add(new QualifiedCountConstraint(target, siblings, ParameterReader.NonNegativeInteger(node, ShVocab.QualifiedMinCount, min), true));
            }
            if (_graph.Object(node, ShVocab.QualifiedMaxCount) is { } max)
            {
                shape.Constraints.Add(new QualifiedCountConstraint(target, siblings, ParameterReader.NonNegativeInteger(node, ShVocab.QualifiedMaxCount, max), false));
            }
        }
    }

    /// <summary>sh:property/sh:qualifiedValueShape of every parent of the shape, less the shape's own qualified value shape.</summary>
    private List<Shape> Siblings(Term node, Term ownQualified)
    {
        var siblings = new List<Shape>();
        var seen = new HashSet<Term> { ownQualified };
        foreach (Term parent in _graph.Subjects(ShVocab.Property, node).ToList())
        {
            foreach (Term property in _graph.Objects(parent, ShVocab.Property).ToList())
            {
                foreach (Term q in _graph.Objects(property, ShVocab.QualifiedValueShape).ToList())
                {
                    if (seen.Add(q))
                    {
                        siblings.Add(ShapeOf(q));
                    }
                }
            }
        }
        return siblings;
    }

    private List<Shape> ShapeList(Term node, Iri p, Term list) =>
        ParameterReader.List(_graph, node, p, list).Select(ShapeOf).ToList();

    private Shape PropertyShape(Term node, Term value)
    {
        Shape property = ShapeOf(value);
        return property.IsPropertyShape ? property : throw new ShapesGraphException($"Shape {node}: the sh:property value {value} has no sh:path.");
    }

    private Constraint? SparqlConstraintOf(Shape shape, Term node)
    {
        if (_graph.Object(node, ShVocab.Deactivated) is { } deactivated && ParameterReader.Boolean(node, ShVocab.Deactivated, deactivated))
        {
            return null;
        }
        if (_graph.Object(node, ShVocab.Select) is not Literal select)
        {
            throw new ShapesGraphException($"Shape {shape.Node}: the sh:sparql constraint {node} has no sh:select query.");
        }
        var query = ShaclQuery.Prepare(_graph, node, select.LexicalForm, shape, ComponentCatalog.StandardPreBound);
        if (query.IsAsk)
        {
            throw new ShapesGraphException($"Shape {shape.Node}: the sh:select of {node} is not a SELECT query.");
        }
        return new SparqlConstraint(node, query, _graph.Objects(node, ShVocab.Message).OfType<Literal>().ToList());
    }
}
