using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>Literal forms: bare numbers and booleans when the lexical form reads back unchanged, else quoted strings.</summary>
internal sealed partial class TurtleTermFormatter
{
    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[+-]?[0-9]*\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleForm();

    private void AppendLiteral(StringBuilder builder, Literal literal)
    {
        if (!literal.HasLanguage && IsBareForm(literal))
        {
            builder.Append(literal.LexicalForm);
            return;
        }
        AppendString(builder, literal.LexicalForm);
        if (literal.HasLanguage)
        {
            builder.Append('@').Append(literal.Language);
            if (literal.Direction != BaseDirection.None)
            {
                builder.Append(literal.Direction == BaseDirection.Ltr ? "--ltr" : "--rtl");
            }
        }
        else if (!literal.Datatype.Equals(Xsd.String))
        {
            builder.Append("^^").Append(FormatIri(literal.Datatype.Value));
        }
    }

    /// <summary>
    /// Whether the literal may be written bare: the Turtle reader keeps a bare number's lexical form as written, so
    /// any form matching the grammar production of its datatype reads back exactly.
    /// </summary>
    private static bool IsBareForm(Literal literal)
    {
        string value = literal.LexicalForm;
        string datatype = literal.Datatype.Value;
        return datatype switch
        {
            Xsd.Namespace + "integer" => IntegerForm().IsMatch(value),
            Xsd.Namespace + "decimal" => DecimalForm().IsMatch(value),
            Xsd.Namespace + "double" => DoubleForm().IsMatch(value),
            Xsd.Namespace + "boolean" => value is "true" or "false",
            _ => false,
        };
    }

    /// <summary>Writes a short quoted string, or a long one when the text has line breaks.</summary>
    private static void AppendString(StringBuilder builder, string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            NTriplesTermFormatter.AppendQuotedString(builder, value);
            return;
        }
        builder.Append("\"\"\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '"':
                    // A quote may stay bare only when the next character ends any run of quotes before the delimiter.
                    bool bare = i + 1 < value.Length && value[i + 1] != '"';
                    builder.Append(bare ? "\"" : "\\\"");
                    break;
                case '\n':
                case '\t':
                    builder.Append(c);
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < ' ' || c == '\u007F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append("\"\"\"");
    }
}
