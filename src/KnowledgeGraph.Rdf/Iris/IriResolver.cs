namespace KnowledgeGraph.Rdf.Iris;

/// <summary>
/// Resolves relative IRI references against a base IRI exactly as RFC 3986 section 5.2 specifies
/// (<see href="https://www.rfc-editor.org/rfc/rfc3986#section-5.2"/>). It works on strings and never normalises
/// case, percent-encoding or ports, unlike <see cref="System.Uri"/>, because RDF compares IRIs character by character.
/// </summary>
public static class IriResolver
{
    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/> (section 5.2.2, strict).</summary>
    /// <param name="baseIri">An absolute IRI; its fragment is ignored.</param>
    /// <param name="reference">An absolute or relative IRI reference.</param>
    /// <returns>The target IRI.</returns>
    public static string Resolve(string baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        ArgumentNullException.ThrowIfNull(reference);
        var r = IriReferenceParts.Parse(reference);
        if (r.Scheme is not null)
        {
            return (r with { Path = RemoveDotSegments(r.Path) }).ToString();
        }
        var b = IriReferenceParts.Parse(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = RemoveDotSegments(r.Path.StartsWith('/') ? r.Path : Merge(b, r.Path));
                query = r.Query;
            }
        }
        return new IriReferenceParts(b.Scheme, authority, path, query, r.Fragment).ToString();
    }

    /// <summary>Section 5.2.3: the reference path appended to the base path without its last segment.</summary>
    private static string Merge(IriReferenceParts baseParts, string referencePath)
    {
        if (baseParts.Authority is not null && baseParts.Path.Length == 0)
        {
            return "/" + referencePath;
        }
        int lastSlash = baseParts.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : string.Concat(baseParts.Path.AsSpan(0, lastSlash + 1), referencePath);
    }

    /// <summary>Section 5.2.4: removes <c>.</c> and <c>..</c> segments.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0)
        {
            return path;
        }
        var output = new System.Text.StringBuilder(path.Length);
        ReadOnlySpan<char> input = path;
        while (input.Length > 0)
        {
            if (input.StartsWith("../"))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./"))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./"))
            {
                input = input[2..];
            }
            else if (input.SequenceEqual("/."))
            {
                input = "/";
            }
            else if (input.StartsWith("/../"))
            {
                input = input[3..];
                RemoveLastSegment(output);
            }
            else if (input.SequenceEqual("/.."))
            {
                input = "/";
                RemoveLastSegment(output);
            }
            else if (input.SequenceEqual(".") || input.SequenceEqual(".."))
            {
                input = [];
            }
            else
            {
                int next = input[1..].IndexOf('/');
                int segmentLength = next < 0 ? input.Length : next + 1;
                if (input[0] != '/')
                {
                    next = input.IndexOf('/');
                    segmentLength = next < 0 ? input.Length : next;
                }
                output.Append(input[..segmentLength]);
                input = input[segmentLength..];
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(System.Text.StringBuilder output)
    {
        int length = output.Length;
        int i = length - 1;
        while (i >= 0 && output[i] != '/')
        {
            i--;
        }
        output.Length = i < 0 ? 0 : i;
    }
}
