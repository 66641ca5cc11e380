namespace KnowledgeGraph.Rdf.Store;

/// <summary>A quad as dictionary ids; <see cref="Graph"/> is <see cref="TermId.DefaultGraph"/> for the default graph.</summary>
/// <param name="Subject">The subject's id.</param>
/// <param name="Predicate">The predicate's id.</param>
/// <param name="Object">The object's id.</param>
/// <param name="Graph">The graph name's id, or <see cref="TermId.DefaultGraph"/>.</param>
public readonly record struct QuadIds(TermId Subject, TermId Predicate, TermId Object, TermId Graph);
