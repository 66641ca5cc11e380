using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>MD5, SHA1, SHA256, SHA384, SHA512 (section 17.4.6): lower-case hex of the hash of the UTF-8 string.</summary>
internal static class HashFunctions
{
    public static Term Md5(Term arg) => Hash(arg, "MD5", MD5.HashData);

    public static Term Sha1(Term arg) => Hash(arg, "SHA1", SHA1.HashData);

    public static Term Sha256(Term arg) => Hash(arg, "SHA256", SHA256.HashData);

    public static Term Sha384(Term arg) => Hash(arg, "SHA384", SHA384.HashData);

    public static Term Sha512(Term arg) => Hash(arg, "SHA512", SHA512.HashData);

    private static Term Hash(Term arg, string name, Func<byte[], byte[]> hash)
    {
        string text = TermValues.RequireSimpleString(arg, name);
        return Literals.String(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(text))));
    }
}
