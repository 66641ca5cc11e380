using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf.Iris;

/// <summary>Converts between local file paths and <c>file:</c> IRIs, percent-encoding what IRIs cannot hold.</summary>
public static class FileIri
{
    /// <summary>The <c>file:///...</c> IRI of an absolute or relative path.</summary>
    public static string FromPath(string path)
    {
        string full = Path.GetFullPath(path).Replace('\\', '/');
        var builder = new StringBuilder("file://");
        if (!full.StartsWith('/'))
        {
            builder.Append('/');
        }
        foreach (byte b in Encoding.UTF8.GetBytes(full))
        {
            char c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "/-._~!$&'()*+,;=:@".Contains(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    /// <summary>The local path of a <c>file:</c> IRI (query and fragment dropped).</summary>
    /// <exception cref="ArgumentException">The IRI is not a file IRI.</exception>
    public static string ToPath(string iri)
    {
        if (!iri.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"<{iri}> is not a file: IRI, so the harness cannot open it.", nameof(iri));
        }
        string rest = iri[5..];
        int end = rest.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            rest = rest[..end];
        }
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }
        return Uri.UnescapeDataString(rest);
    }
}
