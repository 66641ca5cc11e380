using System.Text;
using KnowledgeGraph.Rdf.Formats.NTriples.Internal;

namespace KnowledgeGraph.Rdf.Formats.Tests.NTriples;

public class TextReaderUtf8StreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Text_reader_stream_encodes_utf8_whatever_the_read_size(int readSize)
    {
        string text = string.Concat(Enumerable.Repeat("aé日\U0001F600\n", 5000));
        var stream = new TextReaderUtf8Stream(new StringReader(text));
        var bytes = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer, 0, readSize)) > 0)
        {
            bytes.Write(buffer, 0, read);
        }
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes.ToArray());
    }
}
