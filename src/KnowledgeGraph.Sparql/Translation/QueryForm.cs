namespace KnowledgeGraph.Sparql.Translation;

/// <summary>The four SPARQL query forms.</summary>
public enum QueryForm
{
    /// <summary>SELECT: a sequence of solutions.</summary>
    Select,

    /// <summary>ASK: whether the pattern has a solution.</summary>
    Ask,

    /// <summary>CONSTRUCT: a graph built from a template.</summary>
    Construct,

    /// <summary>DESCRIBE: a graph describing resources.</summary>
    Describe,
}
