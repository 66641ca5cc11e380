namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>DELETE DATA { ... }</c> (ground quads without blank nodes).</summary>
/// <param name="Quads">The data.</param>
public sealed record DeleteDataOperation(SyntaxList<QuadsBlock> Quads) : UpdateOperation;
