using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Paths;

/// <summary>
/// A property shape's sh:path: the expression to evaluate, plus the node and triples that describe it in the shapes
/// graph, which the report copies under sh:resultPath (SHACL 1.0 §3.6.2.3).
/// </summary>
internal sealed record ShapePath(PathExpression Expression, Term Node, IReadOnlyList<Triple> Description);
