using System.Text;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>One CSV field: its text, whether it was quoted, and where it started (1-based).</summary>
internal readonly record struct CsvField(string Text, bool Quoted, int Line, int Column);

/// <summary>
/// Splits CSV text (<see href="https://www.rfc-editor.org/rfc/rfc4180"/>) into records of fields. Quoted fields may
/// hold commas, doubled quotes and line breaks; LF alone ends a record as well as CRLF.
/// </summary>
internal sealed class CsvRecordReader(string text, string formatName)
{
    private int _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    private int _line = 1;
    private int _lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>The line on which the next record starts.</summary>
    public int Line => _line;

    /// <summary>The next record, or null at the end of the text.</summary>
    public List<CsvField>? Next()
    {
        if (_position >= text.Length)
        {
            return null;
        }
        var fields = new List<CsvField>();
        while (true)
        {
            fields.Add(ReadField());
            if (_position >= text.Length)
            {
                return fields;
            }
            char c = text[_position];
            if (c == ',')
            {
                _position++;
                continue;
            }
            if (c == '\r' && _position + 1 < text.Length && text[_position + 1] == '\n')
            {
                _position++;
            }
            if (text[_position] is '\n' or '\r')
            {
                _position++;
                _line++;
                _lineStart = _position;
                return fields;
            }
            throw new SparqlResultsFormatException(formatName, _line, _position - _lineStart + 1, "Expected a comma or the end of the line after a quoted field.");
        }
    }

    private CsvField ReadField()
    {
        int line = _line, column = _position - _lineStart + 1;
        if (_position < text.Length && text[_position] == '"')
        {
            _position++;
            var value = new StringBuilder();
            while (true)
            {
                if (_position >= text.Length)
                {
                    throw new SparqlResultsFormatException(formatName, line, column, "Unterminated quoted field.");
                }
                char c = text[_position++];
                if (c == '"')
                {
                    if (_position < text.Length && text[_position] == '"')
                    {
                        value.Append('"');
                        _position++;
                        continue;
                    }
                    return new CsvField(value.ToString(), true, line, column);
                }
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _position;
                }
                value.Append(c);
            }
        }
        int start = _position;
        while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
        {
            if (text[_position] == '"')
            {
                throw new SparqlResultsFormatException(formatName, _line, _position - _lineStart + 1, "A quote inside an unquoted field; quote the whole field and double the quote.");
            }
            _position++;
        }
        return new CsvField(text[start.._position], false, line, column);
    }
}
