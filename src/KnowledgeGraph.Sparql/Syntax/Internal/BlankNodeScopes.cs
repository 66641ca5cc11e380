namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// Enforces that a blank node label belongs to one basic graph pattern of a query, or to one operation's data of an
/// update request (SPARQL 1.1 sections 19.6 and Update 3.1.1). Template labels are not tracked: they are fresh per
/// solution.
/// </summary>
internal sealed class BlankNodeScopes
{
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>The scope labels are registered in; null while parsing a template.</summary>
    public int? Current { get; set; }

    /// <summary>Starts a new scope and makes it current.</summary>
    public int Open()
    {
        _next++;
        Current = _next;
        return _next;
    }

    /// <summary>Registers a label in the current scope; false when another scope already used it.</summary>
    public bool TryUse(string label)
    {
        if (Current is not int scope)
        {
            return true;
        }
        if (_owners.TryGetValue(label, out int owner))
        {
            return owner == scope;
        }
        _owners[label] = scope;
        return true;
    }
}
