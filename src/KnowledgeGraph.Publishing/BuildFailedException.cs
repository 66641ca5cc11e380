namespace KnowledgeGraph.Publishing;

/// <summary>The build stopped: bad input, or data that violates the shapes (the report is the message).</summary>
public sealed class BuildFailedException(string message) : Exception(message);
