using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Compaction;

/// <summary>
/// Makes an absolute IRI relative to a base for compaction with <c>compactToRelative</c> (§6.2 step 9): the shortest
/// reference that resolves back to the IRI, checked by resolving it again with <see cref="IriResolver"/>.
/// </summary>
internal static class RelativeIri
{
    public static string Make(string baseIri, string iri)
    {
        var b = Parts.Parse(baseIri);
        var t = Parts.Parse(iri);
        if (b.Scheme != t.Scheme || b.Authority != t.Authority)
        {
            return iri;
        }
        string candidate = Candidate(b, t);
        if (candidate.Length == 0 && t.Query is null && t.Fragment is null)
        {
            // The IRI is the base itself: its last path segment is a clearer reference than the empty one.
            string lastSegment = t.Path[(t.Path.LastIndexOf('/') + 1)..];
            candidate = lastSegment.Length > 0 ? lastSegment : "./";
        }
        if (candidate.StartsWith('@'))
        {
            // A relative reference that looks like a keyword would be read as one.
            candidate = "./" + candidate;
        }
        return IriResolver.Resolve(baseIri, candidate) == iri ? candidate : iri;
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
    {
        // RFC 3986 appendix B, as in the resolver; kept here because the resolver's splitter is internal to the Rdf assembly.
        public static Parts Parse(string reference)
        {
            string? fragment = null, query = null, scheme = null, authority = null;
            int hash = reference.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                fragment = reference[(hash + 1)..];
                reference = reference[..hash];
            }
            int question = reference.IndexOf('?', StringComparison.Ordinal);
            if (question >= 0)
            {
                query = reference[(question + 1)..];
                reference = reference[..question];
            }
            int schemeEnd = reference.IndexOfAny([':', '/']);
            if (schemeEnd > 0 && reference[schemeEnd] == ':')
            {
                scheme = reference[..schemeEnd];
                reference = reference[(schemeEnd + 1)..];
            }
            if (reference.StartsWith("//", StringComparison.Ordinal))
            {
                int end = reference.IndexOf('/', 2);
                if (end < 0)
                {
                    end = reference.Length;
                }
                authority = reference[2..end];
                reference = reference[end..];
            }
            return new Parts(scheme, authority, reference, query, fragment);
        }
    }

    private static string Candidate(Parts b, Parts t)
    {
        string suffix = (t.Query is null ? "" : "?" + t.Query) + (t.Fragment is null ? "" : "#" + t.Fragment);
        if (t.Path == b.Path)
        {
            if (t.Query == b.Query || t.Query is null && b.Query is null)
            {
                return t.Fragment is null ? (t.Query is null ? "" : "?" + t.Query) : "#" + t.Fragment;
            }
            if (t.Query is not null)
            {
                return "?" + t.Query + (t.Fragment is null ? "" : "#" + t.Fragment);
            }
        }
        string[] baseSegments = b.Path.Split('/');
        string[] targetSegments = t.Path.Split('/');
        // Common directory prefix (the base's last segment is a file name, not a directory).
        int common = 0;
        while (common < baseSegments.Length - 1 && common < targetSegments.Length - 1 && baseSegments[common] == targetSegments[common])
        {
            common++;
        }
        var parts = new List<string>();
        for (int i = common; i < baseSegments.Length - 1; i++)
        {
            parts.Add("..");
        }
        parts.AddRange(targetSegments[common..]);
        string path = string.Join('/', parts);
        if (path.Length == 0)
        {
            path = "./";
        }
        else if (path.Contains(':', StringComparison.Ordinal) && !path.StartsWith("../", StringComparison.Ordinal) && path.IndexOf(':') < (path.IndexOf('/') < 0 ? int.MaxValue : path.IndexOf('/')))
        {
            path = "./" + path;
        }
        return path + suffix;
    }
}
