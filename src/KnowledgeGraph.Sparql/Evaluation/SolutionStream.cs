using System.Collections;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The solutions of a SELECT query, produced lazily as they are enumerated. Enumerate it once: each enumeration runs
/// the query again. Cancellation and the time limit surface as exceptions from the enumeration.
/// </summary>
public sealed class SolutionStream : IEnumerable<QuerySolution>
{
    private readonly IEnumerable<QuerySolution> _solutions;

    internal SolutionStream(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions)
    {
        Variables = variables;
        _solutions = solutions;
    }

    /// <summary>The result variables, in order.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <inheritdoc/>
    public IEnumerator<QuerySolution> GetEnumerator() => _solutions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
