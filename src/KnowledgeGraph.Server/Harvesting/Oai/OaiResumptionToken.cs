using System.Buffers.Text;
using System.Text;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// A resumption token: the list request's arguments and the offset of the next page, plus the dataset version, so a
/// token issued before the data changed is refused (badResumptionToken) rather than silently skipping records.
/// </summary>
internal sealed record OaiResumptionToken(long Version, int Offset, string MetadataPrefix, string? Set, string? From, string? Until)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', Version, Offset, MetadataPrefix, Set ?? "", From ?? "", Until ?? "")));

    public static OaiResumptionToken? TryDecode(string token)
    {
        try
        {
            string[] parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('\n');
            if (parts.Length != 6 || !long.TryParse(parts[0], out long version) || !int.TryParse(parts[1], out int offset) || offset < 0)
            {
                return null;
            }
            return new OaiResumptionToken(version, offset, parts[2], Empty(parts[3]), Empty(parts[4]), Empty(parts[5]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
