using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A <c>VALUES</c> table.</summary>
/// <param name="Variables">The variable names, in order.</param>
/// <param name="Rows">The rows; each has one entry per variable, null for <c>UNDEF</c>.</param>
public sealed record InlineData(SyntaxList<string> Variables, SyntaxList<SyntaxList<Term?>> Rows);
