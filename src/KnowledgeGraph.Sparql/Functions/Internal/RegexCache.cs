using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>
/// Compiled regular expressions by (pattern, flags), so that a FILTER over millions of rows translates and builds
/// its regex once. Bounded: when full it is cleared, since queries use few distinct patterns and a cleared cache only
/// costs a rebuild. Invalid patterns are cached too, as their error message. Safe for concurrent use.
/// </summary>
internal sealed class RegexCache
{
    private const int Capacity = 512;

    private readonly ConcurrentDictionary<(string Pattern, string Flags), Entry> _entries = new();
    private readonly TimeSpan _timeout;

    public RegexCache(TimeSpan timeout) => _timeout = timeout;

    /// <summary>A built regex (with whether it matches the empty string, which REPLACE forbids) or why it is invalid.</summary>
    public sealed record Entry(Regex? Regex, bool MatchesEmpty, string? Error);

    /// <summary>The regex for a pattern and flags; raises an expression error when they are invalid.</summary>
    public Regex Get(string pattern, string flags, string function, out bool matchesEmpty)
    {
        if (!_entries.TryGetValue((pattern, flags), out Entry? entry))
        {
            entry = Build(pattern, flags);
            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }
            _entries[(pattern, flags)] = entry;
        }
        if (entry.Regex is null)
        {
            throw Errors.Of(function, entry.Error ?? "invalid regular expression");
        }
        matchesEmpty = entry.MatchesEmpty;
        return entry.Regex;
    }

    private Entry Build(string pattern, string flags)
    {
        XPathRegexTranslator.Translation translation;
        try
        {
            translation = XPathRegexTranslator.Translate(pattern, flags);
        }
        catch (FormatException e)
        {
            return new Entry(null, false, $"invalid regular expression /{pattern}/{flags}: {e.Message}");
        }
        Regex regex;
        try
        {
            regex = Create(translation);
        }
        catch (ArgumentException e)
        {
            return new Entry(null, false, $"invalid regular expression /{pattern}/{flags}: {e.Message}");
        }
        bool matchesEmpty;
        try
        {
            matchesEmpty = regex.IsMatch(string.Empty);
        }
        catch (RegexMatchTimeoutException)
        {
            matchesEmpty = false;
        }
        return new Entry(regex, matchesEmpty, null);
    }

    private Regex Create(XPathRegexTranslator.Translation translation)
    {
        // The non-backtracking engine runs in linear time, so no pattern can hang a query; it lacks back-references,
        // which the backtracking engine covers under the match timeout.
        if (!translation.HasBackReferences)
        {
            try
            {
                return new Regex(translation.Pattern, translation.Options | RegexOptions.NonBacktracking, _timeout);
            }
            catch (NotSupportedException)
            {
                // Fall through to the backtracking engine.
            }
        }
        return new Regex(translation.Pattern, translation.Options, _timeout);
    }
}
