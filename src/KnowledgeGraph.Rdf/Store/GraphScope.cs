namespace KnowledgeGraph.Rdf.Store;

/// <summary>Which graphs of a dataset a quad pattern ranges over.</summary>
public enum GraphScope : byte
{
    /// <summary>The default graph and every named graph.</summary>
    AllGraphs = 0,
    /// <summary>The default graph only.</summary>
    DefaultGraph = 1,
    /// <summary>Every named graph, but not the default graph.</summary>
    NamedGraphs = 2,
    /// <summary>One named graph, given with the pattern.</summary>
    OneGraph = 3,
}
