using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Internal;

/// <summary>
/// Parsing, writing and comparing the processor's JSON model (see <see cref="JsonMap"/>). Parsing keeps integers
/// apart from doubles so numbers survive a round trip; malformed JSON reports its line and column.
/// </summary>
internal static class Json
{
    public static object? Parse(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 4096 });
        try
        {
            if (!reader.Read())
            {
                throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", "the document is empty", 1, 1);
            }
            object? value = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("'" + reader.TokenType + "' after the end of the JSON value", null, reader.CurrentState.Options.MaxDepth, reader.BytesConsumed);
            }
            return value;
        }
        catch (JsonException e)
        {
            (long line, long column) = Position(bytes, e.LineNumber, e.BytePositionInLine, reader.TokenStartIndex);
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "$", "malformed JSON: " + message.TrimEnd(), line, column);
        }
    }

    private static (long Line, long Column) Position(byte[] bytes, long? line, long? bytePosition, long tokenStart)
    {
        if (line is not null && bytePosition is not null)
        {
            return (line.Value + 1, bytePosition.Value + 1);
        }
        long l = 1, c = 1;
        for (long i = 0; i < tokenStart && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                l++;
                c = 1;
            }
            else
            {
                c++;
            }
        }
        return (l, c);
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new JsonMap();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadValue(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
                if (raw.AsSpan().IndexOfAny("."u8) < 0 && raw.AsSpan().IndexOfAny("eE"u8) < 0 && reader.TryGetInt64(out long integer))
                {
                    return integer;
                }
                return reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    public static string Write(object? value, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteRawValue(FormatNumber(d));
                break;
            default:
                throw new InvalidOperationException("Not a JSON value: " + value.GetType());
        }
    }

    /// <summary>A number as ECMAScript's Number::toString writes it (also the JCS form, RFC 8785 §3.2.2.3).</summary>
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new InvalidOperationException("NaN and infinities are not JSON numbers.");
        }
        if (d == 0)
        {
            return "0";
        }
        // Shortest round-trip digits first, then laid out as ECMAScript does.
        string shortest = d.ToString("R", CultureInfo.InvariantCulture);
        (string digits, int exponent, bool negative) = Decompose(shortest);
        int n = exponent + 1; // position of the decimal point relative to the digits
        int k = digits.Length;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }
            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Splits a round-trip number string into significant digits, decimal exponent of the first digit, sign.</summary>
    public static (string Digits, int Exponent, bool Negative) Decompose(string text)
    {
        bool negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }
        int exponent = 0;
        int e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int dot = text.IndexOf('.');
        string intPart = dot < 0 ? text : text[..dot];
        string fracPart = dot < 0 ? "" : text[(dot + 1)..];
        string all = intPart + fracPart;
        int pointPosition = intPart.Length + exponent; // digits before the point
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }
        all = all[lead..];
        pointPosition -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }
        return (all, pointPosition - 1, negative);
    }

    /// <summary>The xsd:double canonical form used by toRdf, e.g. <c>1.1E0</c>.</summary>
    public static string CanonicalDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "INF" : "-INF";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        }
        (string digits, int exponent, bool negative) = Decompose(d.ToString("R", CultureInfo.InvariantCulture));
        string mantissa = digits.Length == 1 ? digits + ".0" : digits[0] + "." + digits[1..];
        return (negative ? "-" : "") + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    public static bool IsNumber(object? value) => value is long or double;

    public static double ToDouble(object? value) => value switch
    {
        long l => l,
        double d => d,
        _ => throw new InvalidOperationException("not a number"),
    };

    public static bool IsScalar(object? value) => value is string or bool or long or double;

    public static List<object?> AsList(object? value) => value as List<object?> ?? [value];

    /// <summary>Structural equality: maps ignore member order, arrays are ordered, numbers compare by value.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonMap ma:
                if (b is not JsonMap mb || ma.Count != mb.Count)
                {
                    return false;
                }
                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }
                return true;
            case List<object?> la:
                if (b is not List<object?> lb || la.Count != lb.Count)
                {
                    return false;
                }
                for (int i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }
                return true;
            case long or double:
                return IsNumber(b) && ToDouble(a) == ToDouble(b);
            default:
                return a.Equals(b);
        }
    }

    public static object? Clone(object? value) => value switch
    {
        JsonMap map => CloneMap(map),
        List<object?> list => list.Select(Clone).ToList(),
        _ => value,
    };

    private static JsonMap CloneMap(JsonMap map)
    {
        var copy = new JsonMap();
        foreach (var (key, item) in map)
        {
            copy[key] = Clone(item);
        }
        return copy;
    }

    /// <summary>The JSON Canonicalization Scheme (RFC 8785) form of a value, for rdf:JSON literals.</summary>
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
                sb.Append(FormatNumber(l));
                break;
            case double d:
                sb.Append(FormatNumber(d));
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
