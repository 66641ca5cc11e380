namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A parsed SPARQL update request: its operations in order (possibly none).</summary>
/// <param name="Operations">The operations.</param>
public sealed record SparqlUpdate(SyntaxList<UpdateOperation> Operations);
