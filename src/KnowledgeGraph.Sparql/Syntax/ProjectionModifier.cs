namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>DISTINCT or REDUCED on a SELECT.</summary>
public enum ProjectionModifier
{
    /// <summary>Neither.</summary>
    None,
    /// <summary><c>DISTINCT</c></summary>
    Distinct,
    /// <summary><c>REDUCED</c></summary>
    Reduced,
}
