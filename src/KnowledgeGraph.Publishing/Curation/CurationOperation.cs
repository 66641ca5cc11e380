using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing.Curation;

/// <summary>One correction from a curation file.</summary>
/// <param name="Origin">Where it was written: the file and the subject it is stated on, for the report.</param>
public abstract record CurationOperation(string Origin);

/// <summary>Two resources are one entity: <paramref name="From"/> is rewritten to <paramref name="Into"/> everywhere.</summary>
public sealed record MergeOperation(string Origin, Iri From, Iri Into) : CurationOperation(Origin);

/// <summary>The entity is of another class than the extractor decided.</summary>
public sealed record RetypeOperation(string Origin, Iri Entity, Iri Class) : CurationOperation(Origin);

/// <summary>The entity's preferred label.</summary>
public sealed record RelabelOperation(string Origin, Iri Entity, Literal Label) : CurationOperation(Origin);

/// <summary>The entity is not one (a false mention): it goes, with its mentions.</summary>
public sealed record DeleteOperation(string Origin, Iri Entity) : CurationOperation(Origin);

/// <summary>Some mentions of <paramref name="From"/> name another entity, <paramref name="NewEntity"/>.</summary>
/// <param name="Origin">Where it was written.</param>
/// <param name="From">The entity that was wrongly merged.</param>
/// <param name="NewEntity">The entity the mentions move to.</param>
/// <param name="Label">The new entity's label.</param>
/// <param name="MentionTexts">The exact texts of the mentions that move.</param>
public sealed record SplitOperation(string Origin, Iri From, Iri NewEntity, Literal Label, IReadOnlyList<string> MentionTexts) : CurationOperation(Origin);

/// <summary>A statement the extractor missed.</summary>
public sealed record AddStatementOperation(string Origin, Triple Statement) : CurationOperation(Origin);

/// <summary>A wrong statement, removed from every graph.</summary>
public sealed record RemoveStatementOperation(string Origin, Triple Statement) : CurationOperation(Origin);
