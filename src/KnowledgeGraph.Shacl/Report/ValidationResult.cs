using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Shacl.Report;

/// <summary>
/// One validation result (SHACL 1.0 §3.6.2): the focus node, the path and value where the component has them, the
/// shape and component that produced it, its severity and messages.
/// </summary>
/// <param name="FocusNode">sh:focusNode.</param>
/// <param name="Path">sh:resultPath: an IRI, or the blank node that <paramref name="PathDescription"/> describes.</param>
/// <param name="PathDescription">The triples that spell out a complex path (empty for a predicate path).</param>
/// <param name="PathText">The path in SPARQL path syntax, for text output.</param>
/// <param name="Value">sh:value.</param>
/// <param name="SourceShape">sh:sourceShape.</param>
/// <param name="SourceConstraintComponent">sh:sourceConstraintComponent.</param>
/// <param name="Severity">sh:resultSeverity: sh:Violation, sh:Warning, sh:Info or a custom severity.</param>
/// <param name="Messages">sh:resultMessage values.</param>
/// <param name="SourceConstraint">sh:sourceConstraint, for SPARQL-based constraints.</param>
public sealed record ValidationResult(
    Term FocusNode,
    Term? Path,
    IReadOnlyList<Triple> PathDescription,
    string? PathText,
    Term? Value,
    Term SourceShape,
    Iri SourceConstraintComponent,
    Iri Severity,
    IReadOnlyList<Literal> Messages,
    Term? SourceConstraint);
