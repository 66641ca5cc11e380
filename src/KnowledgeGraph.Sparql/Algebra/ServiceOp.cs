namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>SERVICE (federated query). The evaluator does not call remote endpoints: it fails, or with SILENT yields one empty solution.</summary>
/// <param name="Endpoint">The endpoint IRI or a variable.</param>
/// <param name="Input">The remote pattern.</param>
/// <param name="Silent">Whether failures are ignored.</param>
public sealed record ServiceOp(PatternTerm Endpoint, AlgebraOp Input, bool Silent) : AlgebraOp;
