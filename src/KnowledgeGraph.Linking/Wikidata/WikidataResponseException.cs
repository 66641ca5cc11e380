namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>Wikidata answered, but not with what was asked: an API error or a body that is not the documented JSON.</summary>
public sealed class WikidataResponseException : Exception
{
    /// <summary>Creates the exception; the message names the request and what was wrong.</summary>
    public WikidataResponseException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
