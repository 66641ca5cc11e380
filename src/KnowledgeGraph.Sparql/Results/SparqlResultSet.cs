namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// The result of a SELECT query (variables and solutions, in order) or of an ASK query (a boolean), as the result
/// formats (<see href="https://www.w3.org/TR/sparql11-results-json/"/>, XML, CSV, TSV) carry it.
/// </summary>
public sealed class SparqlResultSet
{
    private SparqlResultSet(IReadOnlyList<string> variables, IReadOnlyList<QuerySolution> solutions, bool? boolean)
    {
        Variables = variables;
        Solutions = solutions;
        Boolean = boolean;
    }

    /// <summary>The projected variable names, without <c>?</c>, in order (empty for ASK).</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The solutions in order (empty for ASK).</summary>
    public IReadOnlyList<QuerySolution> Solutions { get; }

    /// <summary>The ASK answer, or null for a SELECT result.</summary>
    public bool? Boolean { get; }

    /// <summary>Whether this is an ASK result.</summary>
    public bool IsBoolean => Boolean.HasValue;

    /// <summary>A SELECT result.</summary>
    public static SparqlResultSet ForSelect(IReadOnlyList<string> variables, IReadOnlyList<QuerySolution> solutions) =>
        new(variables, solutions, null);

    /// <summary>An ASK result.</summary>
    public static SparqlResultSet ForAsk(bool answer) => new([], [], answer);
}
