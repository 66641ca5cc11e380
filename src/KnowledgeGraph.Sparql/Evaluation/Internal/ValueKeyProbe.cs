using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Functions.Internal;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// Hashes a materialised side on the <see cref="EqualityKey"/> of one variable's value and probes it with another's,
/// for an equality filter <c>?probe = ?build</c> between sides that share no variable. Keys are cached per term id,
/// since the same value recurs in many rows.
/// </summary>
internal sealed class ValueKeyProbe(QueryContext context, int buildSlot, int probeSlot)
{
    private readonly Dictionary<TermId, EqualityKey> _keys = [];

    public int BuildSlot => buildSlot;

    public int ProbeSlot => probeSlot;

    /// <summary>The key of a bound slot value.</summary>
    public EqualityKey KeyOf(TermId id)
    {
        if (!_keys.TryGetValue(id, out EqualityKey key))
        {
            key = EqualityKey.Of(context.Decode(id));
            _keys.Add(id, key);
        }
        return key;
    }
}
