using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785) for rdf:JSON literals (§8.2 step 7): members sorted by UTF-16 code
/// units, no whitespace, ECMAScript number form, minimal string escapes.
/// </summary>
internal static class JsonCanonicalizer
{
    /// <summary>The canonical text of a value.</summary>
    public static string Canonicalize(object? value)
    {
        var sb = new StringBuilder();
        Canonicalize(value, sb);
        return sb.ToString();
    }

    private static void Canonicalize(object? value, StringBuilder sb)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case JsonMap map:
                sb.Append('{');
                bool first = true;
                foreach (var key in map.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    AppendString(key, sb);
                    sb.Append(':');
                    Canonicalize(map[key], sb);
                }
                sb.Append('}');
                break;
            case List<object?> list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }
                    Canonicalize(list[i], sb);
                }
                sb.Append(']');
                break;
            case string s:
                AppendString(s, sb);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case long l:
                sb.Append(JsonNumbers.Format(l));
                break;
            case double d:
                sb.Append(JsonNumbers.Format(d));
                break;
        }
    }

    private static void AppendString(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
