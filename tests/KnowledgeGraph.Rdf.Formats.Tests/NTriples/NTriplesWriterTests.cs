using System.Text;
using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.NTriples.NTriplesTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.NTriples;

public class NTriplesWriterTests
{
    private static readonly Iri S = new("http://ex/s");
    private const string P = "http://ex/p";

    [Fact]
    public void NTriples_writer_writes_one_statement_per_line()
    {
        string text = Write(new NTriplesWriter(),
        [
            Triple(S, P, Iri("http://ex/o")),
            Triple(new BlankNode("b0"), P, Literal.Typed("1", Xsd.Integer)),
            Triple(S, P, Literal.LanguageTagged("chat", "en-GB")),
            Triple(S, P, Literal.Simple("plain")),
        ]);
        Assert.Equal(
            "<http://ex/s> <http://ex/p> <http://ex/o> .\n"
            + "_:b0 <http://ex/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<http://ex/s> <http://ex/p> \"chat\"@en-GB .\n"
            + "<http://ex/s> <http://ex/p> \"plain\" .\n",
            text);
    }

    [Theory]
    [InlineData("a\"b", "a\\\"b")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("\n\r\t\b\f", "\\n\\r\\t\\b\\f")]
    [InlineData("\u0000\u0001\u000B\u001F\u007F", "\\u0000\\u0001\\u000B\\u001F\\u007F")]
    [InlineData("\uFFFE\uFFFF", "\\uFFFE\\uFFFF")]
    [InlineData("é 日本 \U0001F600 '", "é 日本 \U0001F600 '")]
    public void NTriples_writer_escapes_strings_canonically(string lexical, string written)
    {
        string text = Write(new NTriplesWriter(), [Triple(S, P, Literal.Simple(lexical))]);
        Assert.Equal($"<http://ex/s> <http://ex/p> \"{written}\" .\n", text);
    }

    [Fact]
    public void NTriples_writer_writes_triple_terms_and_directions()
    {
        var inner = new TripleTerm(new Triple(new BlankNode("x"), new Iri(P), Literal.LanguageTagged("hi", "EN", BaseDirection.Rtl)));
        string text = Write(new NTriplesWriter(), [Triple(S, P, inner)]);
        Assert.Equal("<http://ex/s> <http://ex/p> <<( _:x <http://ex/p> \"hi\"@EN--rtl )>> .\n", text);
    }

    [Fact]
    public void NTriples_writer_rejects_a_quad_in_a_named_graph()
    {
        var quad = new Quad(S, new Iri(P), S, new Iri("http://ex/g"));
        var exception = Assert.Throws<InvalidOperationException>(() => Write(new NTriplesWriter(), [quad]));
        Assert.Contains("http://ex/g", exception.Message);
    }

    [Fact]
    public void NTriples_canonical_writer_sorts_by_code_point_removes_duplicates_and_lowercases_tags()
    {
        string text = Write(new NTriplesWriter(),
        [
            Triple(S, P, Literal.Simple("\uFFFD")),
            Triple(S, P, Literal.Simple("\U0001F600")),
            Triple(S, P, Literal.LanguageTagged("b", "EN-gb")),
            Triple(new BlankNode("z"), P, Literal.Simple("a")),
            Triple(S, P, Literal.LanguageTagged("b", "en-GB")),
            Triple(S, P, Literal.Simple("a")),
        ], canonical: true);
        // U+FFFD sorts before U+1F600 by code point although its UTF-16 code unit is larger than a surrogate's.
        Assert.Equal(
            "<http://ex/s> <http://ex/p> \"a\" .\n"
            + "<http://ex/s> <http://ex/p> \"b\"@en-gb .\n"
            + "<http://ex/s> <http://ex/p> \"\uFFFD\" .\n"
            + "<http://ex/s> <http://ex/p> \"\U0001F600\" .\n"
            + "_:z <http://ex/p> \"a\" .\n",
            text);
    }

    [Fact]
    public void NTriples_non_canonical_writer_keeps_order_duplicates_and_tag_case()
    {
        var quad = Triple(S, P, Literal.LanguageTagged("b", "EN"));
        string text = Write(new NTriplesWriter(), [quad, quad]);
        Assert.Equal("<http://ex/s> <http://ex/p> \"b\"@EN .\n<http://ex/s> <http://ex/p> \"b\"@EN .\n", text);
    }

    [Fact]
    public void NTriples_writer_flushes_the_text_writer()
    {
        var bytes = new MemoryStream();
        var output = new StreamWriter(bytes, new UTF8Encoding(false), bufferSize: 1 << 16);
        new NTriplesWriter().Write([Triple(S, P, S)], output, RdfWriterOptions.Default);
        Assert.Equal("<http://ex/s> <http://ex/p> <http://ex/s> .\n", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void NTriples_writer_streams_large_inputs_in_order()
    {
        var quads = Enumerable.Range(0, 5000).Select(i => Triple(S, P, Literal.Simple("item " + i))).ToList();
        string text = Write(new NTriplesWriter(), quads);
        Assert.Equal(quads, ReadNTriples(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("line one\nline two\r\n\ttabbed")]
    [InlineData("quotes \" and \\\" and \\u0041 stay text")]
    [InlineData("controls \u0000\u0008\u001B\u007F and noncharacters \uFFFE\uFFFF")]
    [InlineData("astral \U0001F600\U00010000\U0010FFFD and combining e\u0301")]
    [InlineData("# not a comment . <not an iri> _:notablank")]
    public void NTriples_tricky_literals_round_trip(string lexical)
    {
        Quad[] quads =
        [
            Triple(S, P, Literal.Simple(lexical)),
            Triple(S, P, Literal.LanguageTagged(lexical, "x-tricky")),
            Triple(S, P, Literal.Typed(lexical, new Iri("http://ex/dt#é"))),
        ];
        foreach (bool canonical in new[] { false, true })
        {
            string text = Write(new NTriplesWriter(), quads, canonical);
            Assert.Equal(quads.ToHashSet(), ReadNTriples(text).ToHashSet());
            Assert.Equal(quads.ToHashSet(), new NTriplesReader().Read(new StringReader(text), RdfReaderOptions.Default).ToHashSet());
        }
    }

    [Property(MaxTest = 300)]
    public bool NTriples_any_string_of_scalar_values_round_trips(NonNull<string> value)
    {
        string lexical = value.Get;
        if (HasLoneSurrogate(lexical))
        {
            return true; // not a Unicode string: no UTF-8 serialisation can carry it
        }
        var quad = Triple(S, P, Literal.Simple(lexical));
        return ReadNTriples(Write(new NTriplesWriter(), [quad])).SequenceEqual([quad]);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
