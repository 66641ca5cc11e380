using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>One place where a text names a resource, read from a Web Annotation's text quote selector.</summary>
/// <param name="Prefix">The text just before the mention.</param>
/// <param name="Exact">The words of the mention.</param>
/// <param name="Suffix">The text just after it.</param>
/// <param name="Source">The part of the text it was found in (a paragraph, a footnote), when the annotation says.</param>
/// <param name="SourceLabel">That part's label, e.g. "Footnote 12".</param>
public sealed record TextSnippet(string Prefix, string Exact, string Suffix, Iri? Source, string? SourceLabel);
