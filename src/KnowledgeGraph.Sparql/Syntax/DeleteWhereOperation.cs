namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>DELETE WHERE { ... }</c>: the quad pattern is both the pattern and the template.</summary>
/// <param name="Quads">The quad pattern.</param>
public sealed record DeleteWhereOperation(SyntaxList<QuadsBlock> Quads) : UpdateOperation;
