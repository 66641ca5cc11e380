namespace KnowledgeGraph.Rdf.Terms;

/// <summary>The RDF 1.2 base direction of a language-tagged string.</summary>
public enum BaseDirection : byte
{
    /// <summary>No base direction (every RDF 1.1 literal).</summary>
    None = 0,
    /// <summary>Left to right (<c>--ltr</c>).</summary>
    Ltr = 1,
    /// <summary>Right to left (<c>--rtl</c>).</summary>
    Rtl = 2,
}
