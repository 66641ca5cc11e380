namespace KnowledgeGraph.Text;

/// <summary>
/// Removes diacritics from Latin letters ("Jürgen" → "Jurgen", "Łódź" → "Lodz", "Æ" → "AE") with a fixed table, not
/// Unicode normalisation: the build runs with invariant globalization, where normalisation is not available, and IRIs
/// and matching keys must come out the same on every machine. The table covers Latin-1 Supplement and Latin
/// Extended-A and -B (U+00C0 to U+024F); other characters are kept as they are.
/// </summary>
public static class LatinLetters
{
    private const string Accented =
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçè" +
        "éêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđ" +
        "ĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĹĺ" +
        "ĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤť" +
        "ŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƒƠơƯưǍǎǏǐǑǒǓǔǕǖ" +
        "ǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎ" +
        "ȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";

    private static readonly string[] Plain =
    [
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", "D", "N", "O", "O",
        "O", "O", "O", "O", "U", "U", "U", "U", "Y", "Th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e",
        "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "o", "u", "u", "u", "u", "y",
        "th", "y", "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d", "D", "d",
        "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g", "G", "g", "G", "g", "H", "h",
        "H", "h", "I", "i", "I", "i", "I", "i", "I", "i", "I", "i", "IJ", "ij", "J", "j", "K", "k", "L", "l",
        "L", "l", "L", "l", "L", "l", "L", "l", "N", "n", "N", "n", "N", "n", "O", "o", "O", "o", "O", "o",
        "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s", "S", "s", "T", "t", "T", "t",
        "T", "t", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z",
        "z", "Z", "z", "Z", "z", "f", "O", "o", "U", "u", "A", "a", "I", "i", "O", "o", "U", "u", "U", "u",
        "U", "u", "U", "u", "U", "u", "A", "a", "A", "a", "G", "g", "K", "k", "O", "o", "O", "o", "j", "G",
        "g", "N", "n", "A", "a", "A", "a", "A", "a", "E", "e", "E", "e", "I", "i", "I", "i", "O", "o", "O",
        "o", "R", "r", "R", "r", "U", "u", "U", "u", "S", "s", "T", "t", "H", "h", "A", "a", "E", "e", "O",
        "o", "O", "o", "O", "o", "O", "o", "Y", "y",
    ];

    private static readonly Dictionary<char, string> Table = Accented.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => Plain[p.i]);

    /// <summary>The text with every accented Latin letter replaced by its plain letters.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c < 0xC0))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (Table.TryGetValue(c, out string? plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
