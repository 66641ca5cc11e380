namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The SPARQL 1.1 set functions (section 18.5.1).</summary>
public enum AggregateKind
{
    /// <summary>COUNT (of bound, error-free values, or of solutions for <c>COUNT(*)</c>).</summary>
    Count,
    /// <summary>SUM.</summary>
    Sum,
    /// <summary>MIN, by ORDER BY order.</summary>
    Min,
    /// <summary>MAX, by ORDER BY order.</summary>
    Max,
    /// <summary>AVG.</summary>
    Avg,
    /// <summary>SAMPLE: any value of the group.</summary>
    Sample,
    /// <summary>GROUP_CONCAT.</summary>
    GroupConcat,
}
