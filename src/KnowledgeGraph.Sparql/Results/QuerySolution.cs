using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// One row of a SELECT result: variable names (without <c>?</c>) bound to terms. Unbound variables are simply absent.
/// Immutable.
/// </summary>
public sealed class QuerySolution
{
    private readonly Dictionary<string, Term> _bindings;

    /// <summary>Creates a solution from its bindings; null terms are treated as unbound and left out.</summary>
    public QuerySolution(IEnumerable<KeyValuePair<string, Term?>> bindings)
    {
        _bindings = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var (name, term) in bindings)
        {
            if (term is not null)
            {
                _bindings[name] = term;
            }
        }
    }

    /// <summary>The bound variables and their values.</summary>
    public IReadOnlyDictionary<string, Term> Bindings => _bindings;

    /// <summary>The value of a variable, or null when it is unbound.</summary>
    public Term? this[string variable] => _bindings.GetValueOrDefault(variable);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(" ", _bindings.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"?{b.Key}={b.Value}"));
}
