namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The three graph-to-graph operations.</summary>
public enum GraphTransferKind
{
    /// <summary><c>ADD</c>: copy into the target, keeping its data.</summary>
    Add,
    /// <summary><c>MOVE</c>: replace the target, then drop the source.</summary>
    Move,
    /// <summary><c>COPY</c>: replace the target.</summary>
    Copy,
}
