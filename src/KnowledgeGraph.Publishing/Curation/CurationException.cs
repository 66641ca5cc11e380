namespace KnowledgeGraph.Publishing.Curation;

/// <summary>A curation file cannot be read or states something that cannot be applied; the message says where.</summary>
public sealed class CurationException(string message) : Exception(message);
