namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The repetition modifiers of property paths.</summary>
public enum PathModifier
{
    /// <summary><c>*</c></summary>
    ZeroOrMore,
    /// <summary><c>+</c></summary>
    OneOrMore,
    /// <summary><c>?</c></summary>
    ZeroOrOne,
}
