namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>An OAI-PMH error condition (section 3.6): its code, and a message for the harvester's operator.</summary>
internal sealed class OaiError(string code, string message) : Exception(message)
{
    public string Code => code;
}
