using System.Text.RegularExpressions;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// JSONP for the GET requests of older OpenRefine versions (which load the manifest with a <c>callback</c>). Only a
/// plain JavaScript name or dotted path is accepted, so the callback cannot carry script of its own.
/// </summary>
internal static partial class JsonpCallback
{
    /// <summary>The longest callback name accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Whether <paramref name="name"/> is a safe callback: identifiers of ASCII letters, digits, <c>_</c> and <c>$</c>, joined by dots.</summary>
    public static bool IsValid(string name) => name.Length <= MaxLength && Identifier().IsMatch(name);

    /// <summary>The script that calls <paramref name="callback"/> with the JSON text. The leading comment keeps the
    /// first bytes from ever being read as something else (the "Rosetta Flash" defence).</summary>
    public static string Wrap(string callback, string json) => "/**/" + callback + "(" + json + ");";

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
