namespace KnowledgeGraph.Publishing;

/// <summary>What a validator found.</summary>
/// <param name="Conforms">Whether the data conforms to the shapes.</param>
/// <param name="Report">A human-readable report (the SHACL validation report, or why validation did not run).</param>
/// <param name="Ran">Whether a validator actually checked the data.</param>
public sealed record ValidationOutcome(bool Conforms, string Report, bool Ran = true);
