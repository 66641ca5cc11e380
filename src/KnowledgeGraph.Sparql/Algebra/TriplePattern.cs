namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern of a basic graph pattern.</summary>
/// <param name="Subject">The subject position.</param>
/// <param name="Predicate">The predicate position.</param>
/// <param name="Object">The object position.</param>
public readonly record struct TriplePattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object)
{
    /// <summary>The names bound by this pattern (variables and blank nodes), in subject, predicate, object order.</summary>
    public IEnumerable<string> BindingNames()
    {
        if (Subject.BindingName is { } s)
        {
            yield return s;
        }
        if (Predicate.BindingName is { } p)
        {
            yield return p;
        }
        if (Object.BindingName is { } o)
        {
            yield return o;
        }
    }
}
