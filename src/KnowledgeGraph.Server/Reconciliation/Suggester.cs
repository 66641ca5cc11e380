using KnowledgeGraph.Linking.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// Auto-completion for the suggest services: entities (and types and properties) whose name has words starting with
/// what was typed so far, best first: a name that starts with the whole prefix, then shorter names.
/// </summary>
internal static class Suggester
{
    /// <summary>The entities whose names complete <paramref name="prefix"/>, optionally of one type, from <paramref name="cursor"/> on.</summary>
    public static IReadOnlyList<IndexedEntity> Entities(EntityIndex index, string prefix, string? type, int cursor, int limit)
    {
        string[] typed = NameSimilarity.Tokens(prefix);
        if (typed.Length == 0)
        {
            return [];
        }
        return [.. index.WithWordStarting(typed[^1]).Select(at => index.Entities[at])
            .Where(e => type is null || e.Types.Any(t => t.Value == type))
            .Select(e => (Entity: e, Rank: Rank(e.NameTokens, typed)))
            .Where(static c => c.Rank is not null)
            .OrderBy(static c => c.Rank).ThenBy(static c => c.Entity.Name.Length).ThenBy(static c => c.Entity.Id.Value, StringComparer.Ordinal)
            .Skip(cursor).Take(limit).Select(static c => c.Entity)];
    }

    /// <summary>The classes of the indexed entities whose names complete <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<Iri> Types(EntityIndex index, string prefix, int limit) =>
        Named(index.Entities.SelectMany(CandidateJson.ShownTypes).Concat(ReconciliationVocabulary.EntityClasses).Distinct(), index.ClassName, prefix, limit);

    /// <summary>The properties a query may give conditions on: the Wikidata item and the predicates of our entities.</summary>
    public static IReadOnlyList<Iri> Properties(EntityIndex index, string prefix, int limit) =>
        Named(index.Predicates.Where(static p => p != RdfVocab.Type.Value).Order(StringComparer.Ordinal).Select(static p => new Iri(p)), PropertyName, prefix, limit);

    /// <summary>The name a property is suggested under: the Wikidata link is named for what it holds.</summary>
    public static string PropertyName(Iri property) =>
        OutsideLinks.IsLinkPredicate(property) ? "Wikidata item (" + LabelChooser.LocalName(property) + ")" : LabelChooser.LocalName(property);

    private static List<Iri> Named(IEnumerable<Iri> terms, Func<Iri, string> name, string prefix, int limit)
    {
        string[] typed = NameSimilarity.Tokens(prefix);
        return [.. terms.Select(t => (Term: t, Rank: typed.Length == 0 ? 1 : Rank([NameSimilarity.Tokens(name(t))], typed)))
            .Where(static c => c.Rank is not null).OrderBy(static c => c.Rank).ThenBy(c => name(c.Term), StringComparer.Ordinal)
            .Take(limit).Select(static c => c.Term)];
    }

    // 0 when a name starts with the typed words, 1 when its words contain them in any order, null when no name fits.
    // The last typed word may be unfinished; the others must be whole words.
    private static int? Rank(IReadOnlyList<string[]> names, string[] typed)
    {
        int? best = null;
        foreach (string[] name in names)
        {
            bool startsWith = name.Length >= typed.Length && typed.Select((w, i) => Fits(w, name[i], i == typed.Length - 1)).All(static f => f);
            bool contains = typed.Select((w, i) => name.Any(n => Fits(w, n, i == typed.Length - 1))).All(static f => f);
            int? rank = startsWith ? 0 : contains ? 1 : null;
            best = rank is { } r && (best is null || r < best) ? r : best;
        }
        return best;
    }

    private static bool Fits(string typed, string word, bool unfinished) =>
        unfinished ? word.StartsWith(typed, StringComparison.Ordinal) : word == typed;
}
