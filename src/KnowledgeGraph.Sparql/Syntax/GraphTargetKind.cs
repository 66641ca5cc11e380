namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>What CLEAR and DROP act on.</summary>
public enum GraphTargetKind
{
    /// <summary><c>GRAPH iri</c></summary>
    Graph,
    /// <summary><c>DEFAULT</c></summary>
    Default,
    /// <summary><c>NAMED</c>: all named graphs.</summary>
    Named,
    /// <summary><c>ALL</c>: every graph.</summary>
    All,
}
