using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing;

/// <summary>Stands in while no SHACL validator is plugged in: reports that validation did not run.</summary>
public sealed class UnavailableGraphValidator : IGraphValidator
{
    /// <inheritdoc/>
    public ValidationOutcome Validate(IReadOnlyCollection<Triple> data, IReadOnlyCollection<Triple> shapes) =>
        new(true, $"SHACL validation did not run: no validator is plugged in ({shapes.Count} shape statements loaded).", Ran: false);
}
