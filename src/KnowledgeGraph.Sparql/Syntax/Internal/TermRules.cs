namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>What a triple position may hold in the context being parsed (data blocks and DELETE templates restrict it).</summary>
[Flags]
internal enum TermRules
{
    None = 0,
    NoVariables = 1,
    NoBlankNodes = 2,
    NoPaths = 4,
}
