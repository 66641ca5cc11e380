namespace KnowledgeGraph.Extraction.Citations;

/// <summary>
/// Resolves <i>Ibid.</i> to the work cited just before, and <i>op. cit.</i> and short forms to the most recently cited
/// work whose authors or editors, short title and volume agree with what the back-reference says.
/// </summary>
internal static class BackReferenceResolver
{
    /// <summary>Resolves against the works in <paramref name="recentFirst"/> order; null when none fits.</summary>
    /// <param name="reference">The back-reference.</param>
    /// <param name="recentFirst">Candidate works, most recently cited first.</param>
    /// <param name="lastCited">The work cited immediately before, for Ibid.</param>
    /// <param name="proseBefore">The note's words before the reference, for a bare "op. cit." that names no one.</param>
    public static CitedWork? Resolve(ParsedReference reference, IReadOnlyList<CitedWork> recentFirst, CitedWork? lastCited, string proseBefore)
    {
        if (reference.BackReference is BackReferenceKind.Ibid && reference.Authors.Count + reference.Editors.Count == 0 && reference.Title is null)
        {
            return lastCited;
        }
        if (reference.BackReference is BackReferenceKind.Ibid)
        {
            if (lastCited is not null && Fits(reference, lastCited, null))
            {
                return lastCited;
            }
        }
        string? proseFamily = null;
        if (reference.Authors.Count + reference.Editors.Count == 0 && reference.Title is null)
        {
            proseFamily = LastMentionedFamily(proseBefore, recentFirst);
            if (proseFamily is null)
            {
                return reference.BackReference is BackReferenceKind.LocCit or BackReferenceKind.OpCit ? lastCited : null;
            }
        }
        return recentFirst.FirstOrDefault(w => Fits(reference, w, proseFamily) && VolumeFits(reference, w))
            ?? recentFirst.FirstOrDefault(w => Fits(reference, w, proseFamily));
    }

    private static bool Fits(ParsedReference reference, CitedWork work, string? proseFamily)
    {
        if (reference.Title is not null && !TitleFits(reference.Title.Value, work))
        {
            return false;
        }
        if (reference.Editors.Count > 0)
        {
            return reference.Editors.Any(e => NameMatching.AnyFamily(work.Editors, e.Family) || NameMatching.AnyFamily(work.Authors, e.Family))
                && work.Kind is not ReferenceKind.Chapter;
        }
        if (reference.Authors.Count > 0 && reference.Title is null)
        {
            return reference.Authors.Any(a => NameMatching.AnyFamily(work.Authors, a.Family) || NameMatching.AnyFamily(work.Editors, a.Family));
        }
        if (reference.Authors.Count > 0 && work.Authors.Count + work.Editors.Count > 0)
        {
            return reference.Authors.Any(a => NameMatching.AnyFamily(work.Authors, a.Family) || NameMatching.AnyFamily(work.Editors, a.Family));
        }
        if (proseFamily is not null)
        {
            return NameMatching.AnyFamily(work.Authors, proseFamily) || NameMatching.AnyFamily(work.Editors, proseFamily);
        }
        return reference.Title is not null;
    }

    private static bool VolumeFits(ParsedReference reference, CitedWork work) =>
        reference.Volume is null || work.Volume is null || reference.Volume.Value == work.Volume;

    private static bool TitleFits(string shortTitle, CitedWork work)
    {
        string wanted = ReferenceText.Normalize(shortTitle);
        if (wanted.Length == 0 || work.Title is null)
        {
            return false;
        }
        string title = ReferenceText.Normalize(work.Title);
        int common = 0;
        while (common < title.Length && common < wanted.Length && title[common] == wanted[common])
        {
            common++;
        }
        return title.StartsWith(wanted, StringComparison.Ordinal) || wanted.StartsWith(title, StringComparison.Ordinal)
            || title.Contains(wanted, StringComparison.Ordinal) && wanted.Length >= 8
            || common >= 15 && common >= 0.8 * Math.Min(title.Length, wanted.Length);
    }

    private static string? LastMentionedFamily(string prose, IReadOnlyList<CitedWork> candidates)
    {
        var families = candidates.SelectMany(w => w.Authors.Concat(w.Editors)).Select(n => n.Family).Distinct().ToList();
        string? found = null;
        int foundAt = -1;
        foreach (string family in families)
        {
            int at = prose.LastIndexOf(family, StringComparison.Ordinal);
            if (at > foundAt)
            {
                foundAt = at;
                found = family;
            }
        }
        return found;
    }
}
