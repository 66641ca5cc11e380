namespace KnowledgeGraph.Cli.Commands;

/// <summary>Where the linking files live by default, found from the current directory upward like corpus/ and shapes/.</summary>
internal static class LinkFiles
{
    /// <summary>The committed, reviewed linkset.</summary>
    public const string Linkset = "links/wikidata.ttl";

    /// <summary>Candidates below the acceptance threshold, waiting for review.</summary>
    public const string Candidates = "links/wikidata-candidates.ttl";

    /// <summary>Review decisions (accepted and rejected links) in the curation folder.</summary>
    public const string Reviews = "curation/links-review.ttl";

    /// <summary>The linkset, or null when no links/wikidata.ttl is found upward.</summary>
    public static string? FindLinkset() => FindUpward(Linkset);

    /// <summary>The review file beside the linkset's folder (it may not exist yet).</summary>
    public static string? FindReviews()
    {
        string? links = FindUpward("links");
        return links is null ? null : Path.Combine(Path.GetDirectoryName(links)!, Reviews);
    }

    /// <summary>The project root: the folder holding links/ (or the current directory).</summary>
    public static string Root() => FindUpward("links") is { } links ? Path.GetDirectoryName(links)! : Directory.GetCurrentDirectory();

    private static string? FindUpward(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
