using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing;

/// <summary>
/// Checks a data graph against a shapes graph (SHACL Core). The build depends on this interface only, so the SHACL
/// validator is plugged in by whoever composes the build (the command line, the server, tests).
/// </summary>
public interface IGraphValidator
{
    /// <summary>Validates <paramref name="data"/> (default graph) against <paramref name="shapes"/>.</summary>
    ValidationOutcome Validate(IReadOnlyCollection<Triple> data, IReadOnlyCollection<Triple> shapes);
}
