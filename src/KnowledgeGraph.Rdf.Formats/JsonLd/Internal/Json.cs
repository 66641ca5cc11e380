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
        // The algorithms recurse once per nesting level; a bounded depth keeps hostile input from exhausting the stack.
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 512 });
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
                writer.WriteRawValue(JsonNumbers.Format(d));
                break;
            default:
                throw new InvalidOperationException("Not a JSON value: " + value.GetType());
        }
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
}
