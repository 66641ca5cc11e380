using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Shacl.Report;

/// <summary>
/// The outcome of validation (SHACL 1.0 §3.6): conforms exactly when there are no results, whatever their severity.
/// </summary>
public sealed class ValidationReport
{
    /// <summary>Creates a report from its results.</summary>
    public ValidationReport(IReadOnlyList<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
    }

    /// <summary>sh:conforms: true when there are no validation results.</summary>
    public bool Conforms => Results.Count == 0;

    /// <summary>The validation results, in the order they were found.</summary>
    public IReadOnlyList<ValidationResult> Results { get; }

    /// <summary>
    /// The report as RDF in the SHACL vocabulary: a blank sh:ValidationReport with sh:conforms and one blank
    /// sh:ValidationResult per result, complex result paths spelled out with their own triples.
    /// </summary>
    public IReadOnlyList<Triple> ToTriples()
    {
        var triples = new List<Triple>();
        var seen = new HashSet<Triple>();
        void Add(Term s, Iri p, Term o)
        {
            var t = new Triple(s, p, o);
            if (seen.Add(t))
            {
                triples.Add(t);
            }
        }
        var report = BlankNode.CreateUnique();
        Add(report, RdfVocab.Type, Sh.ValidationReport);
        Add(report, Sh.Conforms, Literal.Typed(Conforms ? "true" : "false", Xsd.Boolean));
        foreach (ValidationResult result in Results)
        {
            var node = BlankNode.CreateUnique();
            Add(report, Sh.Result, node);
            Add(node, RdfVocab.Type, Sh.ValidationResult);
            Add(node, Sh.FocusNode, result.FocusNode);
            if (result.Path is not null)
            {
                Add(node, Sh.ResultPath, result.Path);
                foreach (Triple t in result.PathDescription)
                {
                    Add(t.Subject, t.Predicate, t.Object);
                }
            }
            if (result.Value is not null)
            {
                Add(node, Sh.Value, result.Value);
            }
            Add(node, Sh.SourceShape, result.SourceShape);
            Add(node, Sh.SourceConstraintComponent, result.SourceConstraintComponent);
            Add(node, Sh.ResultSeverity, result.Severity);
            if (result.SourceConstraint is not null)
            {
                Add(node, Sh.SourceConstraint, result.SourceConstraint);
            }
            foreach (Literal message in result.Messages)
            {
                Add(node, Sh.ResultMessage, message);
            }
        }
        return triples;
    }
}
