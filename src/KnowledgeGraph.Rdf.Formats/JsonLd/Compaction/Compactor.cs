using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Compaction;

/// <summary>§6.1 Compaction Algorithm.</summary>
internal sealed partial class Compactor
{
    private readonly JsonLdSession _session;

    public Compactor(JsonLdSession session) => _session = session;

    public object? CompactDocument(ActiveContext active, List<object?> expanded, object? context, bool flattening)
    {
        _ = active;
        _ = expanded;
        _ = context;
        _ = flattening;
        _ = _session;
        throw new NotImplementedException();
    }
}
