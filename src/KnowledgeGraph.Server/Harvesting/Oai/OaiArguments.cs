using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Harvesting.Oai;

/// <summary>
/// The request's arguments, checked against what its verb allows (OAI-PMH section 3.1.1 and 4): a repeated
/// argument, an argument the verb does not take, a missing required one or a malformed date is <c>badArgument</c>.
/// </summary>
internal sealed class OaiArguments
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional)> Verbs = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], []),
        ["ListMetadataFormats"] = ([], ["identifier"]),
        ["ListSets"] = ([], ["resumptionToken"]),
        ["GetRecord"] = (["identifier", "metadataPrefix"], []),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set", "resumptionToken"]),
    };

    private readonly Dictionary<string, string> _values;

    private OaiArguments(string verb, Dictionary<string, string> values)
    {
        Verb = verb;
        _values = values;
    }

    public string Verb { get; }

    /// <summary>The arguments as given (for the response's <c>request</c> element).</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static async Task<OaiArguments> ReadAsync(HttpRequest request)
    {
        var all = new List<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>(request.Query);
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            all.AddRange(await request.ReadFormAsync().ConfigureAwait(false));
        }
        var verbs = all.Where(static p => p.Key == "verb").SelectMany(static p => p.Value).ToList();
        if (verbs.Count != 1 || !Verbs.TryGetValue(verbs[0] ?? "", out var rule))
        {
            throw new OaiError("badVerb", verbs.Count == 0 ? "The request has no verb." : verbs.Count > 1 ? "The verb argument is repeated." : $"'{verbs[0]}' is not an OAI-PMH verb.");
        }
        string verb = verbs[0]!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in all.Where(static p => p.Key != "verb"))
        {
            if (value.Count != 1 || values.ContainsKey(key))
            {
                throw new OaiError("badArgument", $"The argument '{key}' is repeated.");
            }
            if (!rule.Required.Contains(key) && !rule.Optional.Contains(key))
            {
                throw new OaiError("badArgument", $"{verb} does not take the argument '{key}'.");
            }
            values[key] = value[0] ?? "";
        }
        if (values.ContainsKey("resumptionToken"))
        {
            // The token is exclusive: it stands for all the other arguments of the list request.
            if (values.Count > 1)
            {
                throw new OaiError("badArgument", "resumptionToken is an exclusive argument.");
            }
        }
        else if (rule.Required.FirstOrDefault(r => !values.ContainsKey(r)) is { } missing)
        {
            throw new OaiError("badArgument", $"{verb} needs the argument '{missing}'.");
        }
        var arguments = new OaiArguments(verb, values);
        arguments.CheckDates();
        return arguments;
    }

    /// <summary>The <c>from</c> date as an instant (start of day for a day), or null.</summary>
    public DateTimeOffset? From => ParseDate(this["from"], endOfDay: false);

    /// <summary>The <c>until</c> date as an instant (end of day for a day), or null.</summary>
    public DateTimeOffset? Until => ParseDate(this["until"], endOfDay: true);

    private void CheckDates()
    {
        string? from = this["from"], until = this["until"];
        foreach (string? date in new[] { from, until })
        {
            if (date is not null && ParseDate(date, false) is null)
            {
                throw new OaiError("badArgument", $"'{date}' is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).");
            }
        }
        if (from is not null && until is not null)
        {
            if (from.Length != until.Length)
            {
                throw new OaiError("badArgument", "from and until must have the same granularity.");
            }
            if (From > Until)
            {
                throw new OaiError("badArgument", "from is later than until.");
            }
        }
    }

    private static DateTimeOffset? ParseDate(string? text, bool endOfDay)
    {
        if (text is null)
        {
            return null;
        }
        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (text.Length == 10 && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out DateTimeOffset day))
        {
            return endOfDay ? day.AddDays(1).AddTicks(-1) : day;
        }
        return text.Length == 20 && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, styles, out DateTimeOffset instant)
            ? instant
            : null;
    }
}
