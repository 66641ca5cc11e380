namespace KnowledgeGraph.Server.Negotiation;

/// <summary>
/// Proactive content negotiation as one pure function: each offered media type gets the weight of the most specific
/// <c>Accept</c> range that matches it (RFC 9110 section 12.5.1: <c>text/turtle;q=0</c> refuses Turtle even under
/// <c>*/*</c>), and the highest weight above zero wins; ties go to the server's order of preference.
/// </summary>
public static class ContentNegotiator
{
    /// <summary>Chooses among <paramref name="offered"/> (in order of preference) for an <c>Accept</c> header.</summary>
    /// <param name="accept">The header value; null or blank accepts anything, so the first offer wins.</param>
    /// <param name="offered">Media types the server can produce, most preferred first.</param>
    /// <returns>The chosen media type, or null when the client accepts none of them (a 406).</returns>
    public static string? Choose(string? accept, IReadOnlyList<string> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        IReadOnlyList<MediaRange> ranges = MediaRange.ParseList(accept);
        if (ranges.Count == 0)
        {
            return offered.Count > 0 ? offered[0] : null;
        }
        string? best = null;
        double bestWeight = 0;
        foreach (string candidate in offered)
        {
            double weight = WeightOf(candidate, ranges);
            if (weight > bestWeight)
            {
                best = candidate;
                bestWeight = weight;
            }
        }
        return best;
    }

    /// <summary>The weight the client gives <paramref name="mediaType"/>: the q of its most specific matching range, or 0.</summary>
    public static double WeightOf(string mediaType, IReadOnlyList<MediaRange> ranges)
    {
        int bestSpecificity = -1;
        double weight = 0;
        foreach (MediaRange range in ranges)
        {
            int specificity = range.Specificity(mediaType);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                weight = range.Quality;
            }
        }
        return weight;
    }
}
