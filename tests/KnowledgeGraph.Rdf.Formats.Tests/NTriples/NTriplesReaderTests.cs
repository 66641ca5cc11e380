using System.Text;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.NTriples.NTriplesTestData;

namespace KnowledgeGraph.Rdf.Formats.Tests.NTriples;

public class NTriplesReaderTests
{
    [Fact]
    public void NTriples_reads_iris_blank_nodes_and_literals()
    {
        var quads = ReadNTriples("""
            <http://ex/s> <http://ex/p> <http://ex/o> .
            _:b1 <http://ex/p> "plain" .
            _:b1 <http://ex/p> "chat"@en-GB .
            _:b1 <http://ex/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            """);
        Assert.Equal(4, quads.Count);
        Assert.Equal(Triple(Iri("http://ex/s"), "http://ex/p", Iri("http://ex/o")), quads[0]);
        Assert.Equal(new BlankNode("b1"), quads[1].Subject);
        Assert.Equal(Literal.Simple("plain"), quads[1].Object);
        Assert.Equal(Literal.LanguageTagged("chat", "en-GB"), quads[2].Object);
        Assert.Equal("en-GB", ((Literal)quads[2].Object).Language);
        Assert.Equal(Literal.Typed("1", Xsd.Integer), quads[3].Object);
        Assert.All(quads, q => Assert.Null(q.Graph));
    }

    [Fact]
    public void NTriples_typed_xsd_string_is_the_simple_literal()
    {
        var quads = ReadNTriples("<http://ex/s> <http://ex/p> \"x\"^^<http://www.w3.org/2001/XMLSchema#string> .");
        Assert.Equal(Literal.Simple("x"), quads[0].Object);
    }

    [Theory]
    [InlineData(@"a\tb", "a\tb")]
    [InlineData(@"a\bb\nc\rd\fe", "a\bb\nc\rd\fe")]
    [InlineData(@"q\""q\'q\\q", "q\"q'q\\q")]
    [InlineData(@"\u00E9\u00e9", "éé")]
    [InlineData(@"\U0001F600", "\U0001F600")]
    [InlineData(@"\uD83D\uDE00", "\U0001F600")]
    [InlineData(@"caf\u00E9 \U00000041", "café A")]
    [InlineData("raw é ü 日本 \U0001F600", "raw é ü 日本 \U0001F600")]
    [InlineData("", "")]
    public void NTriples_string_escapes_are_decoded(string written, string expected)
    {
        var quads = ReadNTriples($"<http://ex/s> <http://ex/p> \"{written}\" .");
        Assert.Equal(expected, ((Literal)quads[0].Object).LexicalForm);
    }

    [Fact]
    public void NTriples_iri_unicode_escapes_are_decoded()
    {
        var quads = ReadNTriples(@"<http://ex/\u0053> <http://ex/p> <http://ex/\U000000E9t\u00E9> .");
        Assert.Equal(Iri("http://ex/S"), quads[0].Subject);
        Assert.Equal(Iri("http://ex/été"), quads[0].Object);
    }

    [Fact]
    public void NTriples_non_ascii_iris_and_labels_are_read()
    {
        var quads = ReadNTriples("_:é.x·1 <http://ex/p> <http://ex/日本> .\n_:é.x·1 <http://ex/p> <http://ex/日本> .");
        Assert.Equal(new BlankNode("é.x·1"), quads[0].Subject);
        Assert.Equal(Iri("http://ex/日本"), quads[1].Object);
        Assert.Same(quads[0].Object, quads[1].Object);
    }

    [Fact]
    public void NTriples_blank_node_label_does_not_take_the_final_dot()
    {
        var quads = ReadNTriples("_:a.b <http://ex/p> _:c.d.");
        Assert.Equal(new BlankNode("a.b"), quads[0].Subject);
        Assert.Equal(new BlankNode("c.d"), quads[0].Object);
    }

    [Fact]
    public void NTriples_minimal_and_extra_white_space_and_comments_are_accepted()
    {
        var quads = ReadNTriples("# head\n\n<http://ex/s><http://ex/p>\"x\"@en.# tail\n \t<http://ex/s>\t<http://ex/p>  \"y\"  ^^  <http://ex/dt>  .  \n# end");
        Assert.Equal(2, quads.Count);
        Assert.Equal(Literal.LanguageTagged("x", "en"), quads[0].Object);
        Assert.Equal(Literal.Typed("y", Iri("http://ex/dt")), quads[1].Object);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n\n\r\n")]
    public void NTriples_any_end_of_line_separates_statements(string eol)
    {
        var quads = ReadNTriples($"<http://ex/s> <http://ex/p> \"1\" .{eol}<http://ex/s> <http://ex/p> \"2\" .{eol}");
        Assert.Equal(2, quads.Count);
    }

    [Fact]
    public void NTriples_empty_input_and_comment_only_input_have_no_statements()
    {
        Assert.Empty(ReadNTriples(""));
        Assert.Empty(ReadNTriples("# only a comment"));
        Assert.Empty(ReadNTriples("\n\n  \t\n"));
    }

    [Fact]
    public void NTriples_byte_order_mark_is_skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<http://ex/s> <http://ex/p> <http://ex/o> .")];
        Assert.Single(new NTriplesReader().Read(new MemoryStream(bytes), RdfReaderOptions.Default));
    }

    [Fact]
    public void NTriples_rdf12_triple_terms_and_base_directions_are_read()
    {
        var quads = ReadNTriples("""
            <http://ex/a> <http://ex/b> <<( <http://ex/s> <http://ex/p> <<(_:x <http://ex/q> "z")>> )>> .
            <http://ex/a> <http://ex/b> "hello"@en--ltr .
            <http://ex/a> <http://ex/b> "שלום"@he--rtl .
            """);
        var outer = Assert.IsType<TripleTerm>(quads[0].Object);
        var inner = Assert.IsType<TripleTerm>(outer.Triple.Object);
        Assert.Equal(new BlankNode("x"), inner.Triple.Subject);
        Assert.Equal(Literal.LanguageTagged("hello", "en", BaseDirection.Ltr), quads[1].Object);
        Assert.Equal(BaseDirection.Rtl, ((Literal)quads[2].Object).Direction);
        Assert.Equal(RdfVocab.DirLangString, ((Literal)quads[2].Object).Datatype);
    }

    [Fact]
    public void NTriples_rdf12_version_directive_is_accepted_and_ignored()
    {
        var quads = ReadNTriples("VERSION \"1.2\"\nVERSION '1.2-basic' # hint\n<http://ex/s> <http://ex/p> <http://ex/o> .");
        Assert.Single(quads);
    }

    [Fact]
    public void NTriples_version_directive_needs_a_quoted_label()
    {
        var error = ReadNTriplesError("VERSION 1.2");
        Assert.Equal(9, error.Column);
        Assert.Contains("quoted version label", error.Message);
    }

    [Fact]
    public void NTriples_lines_longer_than_the_buffer_and_split_characters_are_read()
    {
        string lexical = string.Concat(Enumerable.Repeat("é日\U0001F600x", 100_000));
        string text = $"<http://ex/s> <http://ex/p> \"{lexical}\" .\n<http://ex/s> <http://ex/p> \"é\" .\r\n";
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(text), 7);
        var quads = new NTriplesReader().Read(stream, RdfReaderOptions.Default).ToList();
        Assert.Equal(lexical, ((Literal)quads[0].Object).LexicalForm);
        Assert.Equal("é", ((Literal)quads[1].Object).LexicalForm);
    }

    [Fact]
    public void NTriples_text_reader_gives_the_same_statements_as_the_stream()
    {
        string text = "<http://ex/s> <http://ex/p> \"caf\\u00E9 \U0001F600\"@fr .\n_:b <http://ex/p> <http://ex/o> .";
        var fromText = new NTriplesReader().Read(new StringReader(text), RdfReaderOptions.Default).ToList();
        Assert.Equal(ReadNTriples(text), fromText);
    }

    [Fact]
    public void NTriples_reader_streams_statements_before_the_input_ends()
    {
        var pipe = new BlockingAfterStream(Encoding.UTF8.GetBytes("<http://ex/s> <http://ex/p> <http://ex/o> .\n"));
        using var statements = new NTriplesReader().Read(pipe, RdfReaderOptions.Default).GetEnumerator();
        Assert.True(statements.MoveNext());
        Assert.Equal(Iri("http://ex/o"), statements.Current.Object);
    }

    [Fact]
    public void NTriples_reader_result_is_lazy_and_enumerable_once()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("<http://ex/s> <http://ex/p> <http://ex/o> ."));
        var result = new NTriplesReader().Read(stream, RdfReaderOptions.Default);
        Assert.Equal(0, stream.Position);
        Assert.Single(result);
        Assert.Throws<InvalidOperationException>(() => result.ToList());
    }

    [Fact]
    public void NTriples_repeated_iris_share_one_instance()
    {
        var quads = ReadNTriples("<http://ex/s> <http://ex/p> <http://ex/o> .\n<http://ex/s> <http://ex/p> <http://ex/o> .");
        Assert.Same(quads[0].Subject, quads[1].Subject);
        Assert.Same(quads[0].Predicate, quads[1].Predicate);
    }

    [Fact]
    public void NTriples_short_literals_are_shared_but_never_confused()
    {
        var quads = ReadNTriples("""
            <http://ex/s> <http://ex/p> "1"^^<http://ex/int> .
            <http://ex/s> <http://ex/p> "1"^^<http://ex/dec> .
            <http://ex/s> <http://ex/p> "1" .
            <http://ex/s> <http://ex/p> "1"@en .
            <http://ex/s> <http://ex/p> "1"@en--ltr .
            <http://ex/s> <http://ex/p> "1"^^<http://ex/int> .
            """);
        Assert.Equal(5, quads.Select(q => q.Object).Distinct().Count());
        Assert.Same(quads[0].Object, quads[5].Object);
        Assert.Equal(Literal.Typed("1", Iri("http://ex/dec")), quads[1].Object);
        Assert.Equal(Literal.LanguageTagged("1", "en", BaseDirection.Ltr), quads[4].Object);
    }

    /// <summary>Serves its bytes, then fails if read again: proves the reader does not read ahead of what it yields.</summary>
    private sealed class BlockingAfterStream(byte[] bytes) : Stream
    {
        private bool _served;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served)
            {
                throw new InvalidOperationException("read past the first statement before yielding it");
            }
            _served = true;
            bytes.CopyTo(buffer, offset);
            return bytes.Length;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
