namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>INSERT DATA { ... }</c> (ground quads; blank nodes allowed).</summary>
/// <param name="Quads">The data.</param>
public sealed record InsertDataOperation(SyntaxList<QuadsBlock> Quads) : UpdateOperation;
