using KnowledgeGraph.Linking.Linksets;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Prints what merging the linkset did, naming stale and rejected links so a reviewer can act on them.</summary>
internal static class LinkReport
{
    public static void Print(LinkMerge merge)
    {
        Console.WriteLine($"Wikidata links: {merge.Published.Count} merged from the reviewed linkset (offline), {merge.Stale.Count} stale, {merge.Rejected.Count} rejected in review.");
        foreach (EntityLink link in merge.Stale)
        {
            Console.WriteLine($"  stale: {link.Source.Value} → {link.Target.Value} (the graph has no such entity; review the linkset)");
        }
        foreach (EntityLink link in merge.Rejected)
        {
            Console.WriteLine($"  rejected: {link.Source.Value} → {link.Target.Value}");
        }
    }
}
