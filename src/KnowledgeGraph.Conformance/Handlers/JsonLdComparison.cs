using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// JSON-LD object comparison as the JSON-LD test suite's README defines it: objects compare member by member, arrays
/// compare without regard to order except under <c>@list</c>, values compare strictly (numbers by value), and
/// language tags compare case-insensitively.
/// </summary>
public static class JsonLdComparison
{
    /// <summary>Whether two JSON texts are equal under JSON-LD object comparison.</summary>
    public static bool AreEquivalent(string expected, string actual, bool ordered = false) =>
        Equivalent(JsonNode.Parse(expected), JsonNode.Parse(actual), ordered, null);

    private static bool Equivalent(JsonNode? a, JsonNode? b, bool ordered, string? key)
    {
        switch (a)
        {
            case null:
                return b is null;
            case JsonObject oa:
                if (b is not JsonObject ob || oa.Count != ob.Count)
                {
                    return false;
                }
                foreach (var (k, v) in oa)
                {
                    if (!ob.TryGetPropertyValue(k, out var other) || !Equivalent(v, other, ordered, k))
                    {
                        return false;
                    }
                }
                return true;
            case JsonArray aa:
                if (b is not JsonArray ab || aa.Count != ab.Count)
                {
                    return false;
                }
                if (ordered || key == "@list")
                {
                    return aa.Zip(ab).All(p => Equivalent(p.First, p.Second, ordered, null));
                }
                return MatchUnordered(aa, ab, 0, new bool[ab.Count], ordered);
            case JsonValue va:
                if (b is not JsonValue vb || va.GetValueKind() != vb.GetValueKind())
                {
                    return false;
                }
                return va.GetValueKind() switch
                {
                    JsonValueKind.Number => va.GetValue<double>() == vb.GetValue<double>(),
                    JsonValueKind.String when key == "@language" =>
                        string.Equals(va.GetValue<string>(), vb.GetValue<string>(), StringComparison.OrdinalIgnoreCase),
                    JsonValueKind.String => va.GetValue<string>() == vb.GetValue<string>(),
                    _ => true,
                };
            default:
                return false;
        }
    }

    // Backtracking matching: arrays in test results are small, and greedy matching fails when items overlap.
    private static bool MatchUnordered(JsonArray a, JsonArray b, int index, bool[] used, bool ordered)
    {
        if (index == a.Count)
        {
            return true;
        }
        for (int j = 0; j < b.Count; j++)
        {
            if (!used[j] && Equivalent(a[index], b[j], ordered, null))
            {
                used[j] = true;
                if (MatchUnordered(a, b, index + 1, used, ordered))
                {
                    return true;
                }
                used[j] = false;
            }
        }
        return false;
    }
}
