using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary><c>[WITH g] DELETE { ... } INSERT { ... } [USING ...] WHERE { ... }</c>, either template optional.</summary>
/// <param name="With">The WITH graph, or null.</param>
/// <param name="Delete">The DELETE template, or null when there is none.</param>
/// <param name="Insert">The INSERT template, or null when there is none.</param>
/// <param name="Using">The USING / USING NAMED clauses.</param>
/// <param name="Where">The WHERE pattern.</param>
public sealed record ModifyOperation(
    Iri? With,
    SyntaxList<QuadsBlock>? Delete,
    SyntaxList<QuadsBlock>? Insert,
    DatasetClause Using,
    GroupPattern Where) : UpdateOperation;
