namespace KnowledgeGraph.Extraction.Documents;

/// <summary>How a footnote marker was set in the source.</summary>
public enum MarkerStyle
{
    /// <summary><c>&lt;sup&gt;n&lt;/sup&gt;</c>.</summary>
    Superscript,
    /// <summary><c>**n**</c>: a superscript the export turned into bold digits.</summary>
    BoldDigits,
}
