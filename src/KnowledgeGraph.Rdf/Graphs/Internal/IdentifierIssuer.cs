using System.Globalization;

namespace KnowledgeGraph.Rdf.Graphs.Internal;

/// <summary>RDFC-1.0's identifier issuer: a prefix, a counter, and the identifiers issued so far in issue order.</summary>
internal sealed class IdentifierIssuer
{
    private readonly string _prefix;
    private readonly Dictionary<string, string> _issued;
    private readonly List<string> _order;

    public IdentifierIssuer(string prefix)
        : this(prefix, [], [])
    {
    }

    private IdentifierIssuer(string prefix, Dictionary<string, string> issued, List<string> order)
    {
        _prefix = prefix;
        _issued = issued;
        _order = order;
    }

    /// <summary>The existing identifiers in the order identifiers were issued for them.</summary>
    public IReadOnlyList<string> IssueOrder => _order;

    public bool TryGet(string existing, out string issued) => _issued.TryGetValue(existing, out issued!);

    public bool Has(string existing) => _issued.ContainsKey(existing);

    /// <summary>The issued identifier for <paramref name="existing"/>, issuing the next one if needed.</summary>
    public string Issue(string existing)
    {
        if (_issued.TryGetValue(existing, out string? issued))
        {
            return issued;
        }
        issued = _prefix + _order.Count.ToString(CultureInfo.InvariantCulture);
        _issued[existing] = issued;
        _order.Add(existing);
        return issued;
    }

    public IdentifierIssuer Clone() => new(_prefix, new Dictionary<string, string>(_issued), [.. _order]);
}
