using KnowledgeGraph.Linking.Linksets;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing;

/// <summary>
/// The build's linking step: merges the reviewed offline linkset (honouring the review decisions of the curation file)
/// into the extracted graph, with no network. A file that cannot be read fails the build with its message; a link
/// whose entity is gone is reported as stale.
/// </summary>
internal static class LinksetStep
{
    public static LinkMerge? Run(BuildOptions options, IReadOnlyList<Triple> union)
    {
        if (options.Linkset is null)
        {
            return null;
        }
        try
        {
            options.Progress?.Invoke($"merging the linkset {Path.GetFileName(options.Linkset)}");
            if (!File.Exists(options.Linkset))
            {
                throw new BuildFailedException($"{options.Linkset}: no such linkset file");
            }
            IReadOnlyList<EntityLink> links = LinksetReader.ReadFile(options.Linkset);
            IReadOnlyList<EntityLink> reviews = options.LinkReviews is null ? [] : LinksetReader.ReadFile(options.LinkReviews);
            return LinksetMerger.Merge(union, links, reviews, options.BaseIri);
        }
        catch (LinksetFormatException error)
        {
            throw new BuildFailedException(error.Message);
        }
        catch (IOException error)
        {
            throw new BuildFailedException($"{options.Linkset}: {error.Message}");
        }
    }
}
