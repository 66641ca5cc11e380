namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>What an RDF syntax test asks of a reader (and, for C14N, of the canonical writer).</summary>
public enum RdfSyntaxTestKind
{
    /// <summary>The input must parse.</summary>
    PositiveSyntax,
    /// <summary>The input must be rejected with a syntax error.</summary>
    NegativeSyntax,
    /// <summary>The input must parse to a dataset isomorphic to the expected result.</summary>
    Eval,
    /// <summary>The input must be rejected (it is well-formed but not valid RDF).</summary>
    NegativeEval,
    /// <summary>The input must parse, and its canonical N-Triples/N-Quads must equal the result file exactly.</summary>
    PositiveCanonical,
}
