using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Hosting;

namespace KnowledgeGraph.Server.Pages;

/// <summary>
/// The citation network and the dated events, computed once per dataset version: every page draws from them, and
/// reading them means scanning all citations.
/// </summary>
internal sealed class PictureCache(DatasetHost dataset, Resources.LabelPolicy labels)
{
    private readonly Lock _gate = new();
    private (long Version, CitationNetwork Network, IReadOnlyList<(Iri Event, string Label, int Year)> Events)? _current;

    public (CitationNetwork Network, IReadOnlyList<(Iri Event, string Label, int Year)> Events) Get()
    {
        long version = dataset.Version;
        lock (_gate)
        {
            if (_current is { } cached && cached.Version == version)
            {
                return (cached.Network, cached.Events);
            }
        }
        using var snapshot = dataset.Store.OpenSnapshot();
        var network = CitationNetwork.Build(snapshot, labels);
        var events = Timeline.Events(snapshot, labels);
        lock (_gate)
        {
            _current = (version, network, events);
        }
        return (network, events);
    }
}
