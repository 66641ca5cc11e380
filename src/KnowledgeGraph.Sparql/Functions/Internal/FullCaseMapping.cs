using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// Upper and lower casing as XPath's <c>fn:upper-case</c>/<c>fn:lower-case</c> define them: the Unicode default case
/// mappings including the unconditional one-to-many mappings of SpecialCasing.txt (ß → SS, ﬁ → FI, İ → i̇), which
/// .NET's invariant casing, being one-to-one, leaves out. The Greek iota-subscript mappings are not included.
/// </summary>
internal static class FullCaseMapping
{
    private static readonly FrozenDictionary<char, string> Upper = new Dictionary<char, string>
    {
        ['\u00DF'] = "SS",
        ['\u0149'] = "\u02BCN",
        ['\u01F0'] = "J\u030C",
        ['\u0390'] = "\u0399\u0308\u0301",
        ['\u03B0'] = "\u03A5\u0308\u0301",
        ['\u0587'] = "\u0535\u0552",
        ['\u1E96'] = "H\u0331",
        ['\u1E97'] = "T\u0308",
        ['\u1E98'] = "W\u030A",
        ['\u1E99'] = "Y\u030A",
        ['\u1E9A'] = "A\u02BE",
        ['\uFB00'] = "FF",
        ['\uFB01'] = "FI",
        ['\uFB02'] = "FL",
        ['\uFB03'] = "FFI",
        ['\uFB04'] = "FFL",
        ['\uFB05'] = "ST",
        ['\uFB06'] = "ST",
        ['\uFB13'] = "\u0544\u0546",
        ['\uFB14'] = "\u0544\u0535",
        ['\uFB15'] = "\u0544\u053B",
        ['\uFB16'] = "\u054E\u0546",
        ['\uFB17'] = "\u0544\u053D",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Lower = new Dictionary<char, string>
    {
        ['\u0130'] = "i\u0307",
    }.ToFrozenDictionary();

    public static string ToUpper(string s) => Map(s, Upper, upper: true);

    public static string ToLower(string s) => Map(s, Lower, upper: false);

    private static string Map(string s, FrozenDictionary<char, string> special, bool upper)
    {
        string simple = upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
        // Every special character is above U+00DE, so pure ASCII/Latin text skips the scan.
        int first = s.AsSpan().IndexOfAnyInRange('\u00DF', '\uFFFF');
        if (first < 0 || !HasSpecial(s, first, special))
        {
            return simple;
        }
        var sb = new StringBuilder(s.Length + 8);
        // One-to-one casing never changes the length, so positions in s and simple correspond.
        for (int i = 0; i < s.Length; i++)
        {
            if (special.TryGetValue(s[i], out string? replacement))
            {
                sb.Append(replacement);
            }
            else
            {
                sb.Append(simple[i]);
            }
        }
        return sb.ToString();
    }

    private static bool HasSpecial(string s, int from, FrozenDictionary<char, string> special)
    {
        for (int i = from; i < s.Length; i++)
        {
            if (special.ContainsKey(s[i]))
            {
                return true;
            }
        }
        return false;
    }
}
