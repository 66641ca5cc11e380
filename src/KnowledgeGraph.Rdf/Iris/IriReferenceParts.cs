namespace KnowledgeGraph.Rdf.Iris;

/// <summary>
/// The five components of a URI reference as RFC 3986 appendix B splits them; a null component is undefined,
/// which differs from an empty one (<c>http://a?</c> has an empty query).
/// </summary>
internal readonly record struct IriReferenceParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
{
    /// <summary>Splits a reference with the appendix-B regular expression, written out by hand.</summary>
    public static IriReferenceParts Parse(string reference)
    {
        int position = 0;
        string? scheme = null;
        int schemeEnd = reference.IndexOfAny([':', '/', '?', '#']);
        if (schemeEnd > 0 && reference[schemeEnd] == ':')
        {
            scheme = reference[..schemeEnd];
            position = schemeEnd + 1;
        }
        string? authority = null;
        if (string.CompareOrdinal(reference, position, "//", 0, 2) == 0)
        {
            int authorityEnd = reference.IndexOfAny(['/', '?', '#'], position + 2);
            if (authorityEnd < 0)
            {
                authorityEnd = reference.Length;
            }
            authority = reference[(position + 2)..authorityEnd];
            position = authorityEnd;
        }
        int pathEnd = reference.IndexOfAny(['?', '#'], position);
        if (pathEnd < 0)
        {
            pathEnd = reference.Length;
        }
        string path = reference[position..pathEnd];
        position = pathEnd;
        string? query = null;
        if (position < reference.Length && reference[position] == '?')
        {
            int queryEnd = reference.IndexOf('#', position);
            if (queryEnd < 0)
            {
                queryEnd = reference.Length;
            }
            query = reference[(position + 1)..queryEnd];
            position = queryEnd;
        }
        string? fragment = position < reference.Length ? reference[(position + 1)..] : null;
        return new IriReferenceParts(scheme, authority, path, query, fragment);
    }

    /// <summary>Recomposes the reference (RFC 3986 section 5.3).</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        if (Scheme is not null)
        {
            builder.Append(Scheme).Append(':');
        }
        if (Authority is not null)
        {
            builder.Append("//").Append(Authority);
        }
        builder.Append(Path);
        if (Query is not null)
        {
            builder.Append('?').Append(Query);
        }
        if (Fragment is not null)
        {
            builder.Append('#').Append(Fragment);
        }
        return builder.ToString();
    }
}
