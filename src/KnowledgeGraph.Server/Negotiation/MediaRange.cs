using System.Globalization;

namespace KnowledgeGraph.Server.Negotiation;

/// <summary>
/// One element of an <c>Accept</c> header (RFC 9110 section 12.5.1): <c>type/subtype</c> with optional parameters and
/// a quality weight. Types compare case-insensitively; <c>*</c> is a wildcard.
/// </summary>
/// <param name="Type">The top-level type, or <c>*</c>.</param>
/// <param name="Subtype">The subtype, or <c>*</c>.</param>
/// <param name="Quality">The weight from 0 to 1 (<c>q</c>).</param>
/// <param name="Parameters">Parameters other than <c>q</c>, such as <c>profile</c>; <c>charset</c> is dropped.</param>
public sealed record MediaRange(string Type, string Subtype, double Quality, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>
    /// Parses an <c>Accept</c> header leniently, as real clients send them: elements that are not
    /// <c>type/subtype</c> are ignored, a lone <c>*</c> means <c>*/*</c>, and an unreadable <c>q</c> counts as 1.
    /// </summary>
    public static IReadOnlyList<MediaRange> ParseList(string? header)
    {
        var ranges = new List<MediaRange>();
        if (string.IsNullOrWhiteSpace(header))
        {
            return ranges;
        }
        foreach (string element in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParse(element, out MediaRange? range))
            {
                ranges.Add(range);
            }
        }
        return ranges;
    }

    /// <summary>Parses one media range; false when it has no <c>type/subtype</c>.</summary>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MediaRange? range)
    {
        range = null;
        string[] parts = text.Split(';', StringSplitOptions.TrimEntries);
        string name = parts[0].Trim().ToLowerInvariant();
        if (name == "*")
        {
            name = "*/*";
        }
        int slash = name.IndexOf('/');
        if (slash <= 0 || slash == name.Length - 1)
        {
            return false;
        }
        double quality = 1;
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string parameter in parts.Skip(1))
        {
            int equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }
            string key = parameter[..equals].Trim().ToLowerInvariant();
            string value = parameter[(equals + 1)..].Trim().Trim('"');
            if (key == "q")
            {
                quality = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double q) ? Math.Clamp(q, 0, 1) : 1;
            }
            else if (key != "charset")
            {
                parameters[key] = value;
            }
        }
        range = new MediaRange(name[..slash], name[(slash + 1)..], quality, parameters);
        return true;
    }

    /// <summary>
    /// How specifically this range names <paramref name="mediaType"/>: 3 for an exact match with matching parameters,
    /// 2 for an exact type, 1 for <c>type/*</c>, 0 for <c>*/*</c>, or -1 when it does not match at all.
    /// </summary>
    public int Specificity(string mediaType)
    {
        int slash = mediaType.IndexOf('/');
        string type = mediaType[..slash];
        string subtype = mediaType[(slash + 1)..];
        if (Type == "*")
        {
            return 0;
        }
        if (!string.Equals(Type, type, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        if (Subtype == "*")
        {
            return 1;
        }
        if (!string.Equals(Subtype, subtype, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        return Parameters.Count == 0 ? 2 : 3;
    }
}
