using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

using KnowledgeGraph.Sparql.Results.Internal;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results JSON (<see href="https://www.w3.org/TR/sparql11-results-json/"/>), with the
/// SPARQL 1.2 additions for triple terms (<c>"type": "triple"</c>) and base direction (<c>its:dir</c>).
/// Solutions are streamed: the JSON is flushed to the output every few kilobytes.
/// </summary>
public sealed class SparqlJsonResultWriter : ISparqlResultWriter
{
    private const int FlushThreshold = 32 * 1024;

    private readonly JsonWriterOptions _options;

    /// <summary>Creates a writer; <paramref name="indented"/> pretty-prints the document.</summary>
    public SparqlJsonResultWriter(bool indented = false)
    {
        // Non-ASCII text is written as is: the output is UTF-8 and HTML-safe escaping would only obscure it.
        _options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    }

    /// <inheritdoc/>
    public void WriteSelect(IReadOnlyList<string> variables, IEnumerable<QuerySolution> solutions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(solutions);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteStartObject("head");
            json.WriteStartArray("vars");
            foreach (string variable in variables)
            {
                json.WriteStringValue(variable);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("results");
            json.WriteStartArray("bindings");
            var known = new HashSet<string>(variables, StringComparer.Ordinal);
            foreach (QuerySolution solution in solutions)
            {
                json.WriteStartObject();
                // Variables in head order first so documents are stable; extra bindings are not dropped silently.
                foreach (string variable in variables)
                {
                    if (solution[variable] is Term term)
                    {
                        json.WritePropertyName(variable);
                        WriteTerm(json, term);
                    }
                }
                foreach (var (name, term) in solution.Bindings)
                {
                    if (!known.Contains(name))
                    {
                        json.WritePropertyName(name);
                        WriteTerm(json, term);
                    }
                }
                json.WriteEndObject();
                if (json.BytesPending + buffer.WrittenCount > FlushThreshold)
                {
                    Drain(json, buffer, output);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            Drain(json, buffer, output);
        }
        output.Flush();
    }

    /// <inheritdoc/>
    public void Write(SparqlResultSet results, TextWriter output) => ResultWriting.Write(this, results, output);

    /// <inheritdoc/>
    public void WriteBoolean(bool answer, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteStartObject("head");
            json.WriteEndObject();
            json.WriteBoolean("boolean", answer);
            json.WriteEndObject();
            Drain(json, buffer, output);
        }
        output.Flush();
    }

    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        json.Flush();
        // The JSON writer only ever emits whole tokens, so the bytes never end inside a UTF-8 sequence.
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static void WriteTerm(Utf8JsonWriter json, Term term)
    {
        json.WriteStartObject();
        switch (term)
        {
            case Iri iri:
                json.WriteString("type", "uri");
                json.WriteString("value", iri.Value);
                break;
            case BlankNode blank:
                json.WriteString("type", "bnode");
                json.WriteString("value", blank.Label);
                break;
            case Literal literal:
                json.WriteString("type", "literal");
                json.WriteString("value", literal.LexicalForm);
                if (literal.HasLanguage)
                {
                    json.WriteString("xml:lang", literal.Language);
                    if (literal.Direction != BaseDirection.None)
                    {
                        json.WriteString("its:dir", literal.Direction == BaseDirection.Ltr ? "ltr" : "rtl");
                    }
                }
                else if (!literal.Datatype.Equals(Xsd.String))
                {
                    json.WriteString("datatype", literal.Datatype.Value);
                }
                break;
            case TripleTerm tripleTerm:
                json.WriteString("type", "triple");
                json.WriteStartObject("value");
                json.WritePropertyName("subject");
                WriteTerm(json, tripleTerm.Triple.Subject);
                json.WritePropertyName("predicate");
                WriteTerm(json, tripleTerm.Triple.Predicate);
                json.WritePropertyName("object");
                WriteTerm(json, tripleTerm.Triple.Object);
                json.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term));
        }
        json.WriteEndObject();
    }
}
