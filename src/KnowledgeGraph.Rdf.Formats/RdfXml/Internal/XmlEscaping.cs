using System.Text;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// Escaping of character data and attribute values as Canonical XML does
/// (<see href="https://www.w3.org/TR/xml-c14n/#ProcessingModel"/>): the result reads back to exactly the same
/// characters, because line breaks and tabs that XML would normalise away are written as character references.
/// </summary>
internal static class XmlEscaping
{
    /// <summary>Appends text content: <c>&amp; &lt; &gt;</c> and carriage return escaped.</summary>
    public static void AppendText(StringBuilder output, string text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\r': output.Append("&#xD;"); break;
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>Appends an attribute value (to be written between double quotes).</summary>
    public static void AppendAttribute(StringBuilder output, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\t': output.Append("&#x9;"); break;
                case '\n': output.Append("&#xA;"); break;
                case '\r': output.Append("&#xD;"); break;
                default: output.Append(c); break;
            }
        }
    }

    /// <summary>The first character XML 1.0 cannot carry even as a character reference, or -1 when there is none.</summary>
    public static int FindUnrepresentable(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            bool allowed = c is '\t' or '\n' or '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed)
            {
                return i;
            }
        }
        return -1;
    }
}
