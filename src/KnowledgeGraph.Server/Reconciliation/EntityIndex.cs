using KnowledgeGraph.Linking.Text;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Resources;

namespace KnowledgeGraph.Server.Reconciliation;

/// <summary>
/// The entities of one dataset snapshot, indexed for reconciliation: normalised name words to entities, a trigram index
/// of the words (so a misspelt word finds its neighbours without comparing against every word), the sorted words for
/// prefix search, and Wikidata QIDs to entities. Built once per dataset version (see <see cref="EntityIndexCache"/>).
/// </summary>
internal sealed class EntityIndex
{
    // A misspelt word is compared (by edit distance) only with words sharing at least this share of trigrams.
    private const double TrigramOverlap = 0.3;

    private readonly List<IndexedEntity> _entities = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _wordsByTrigram = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byWikidataId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classNames = new(StringComparer.Ordinal);
    private string[] _sortedWords = [];

    private EntityIndex()
    {
    }

    /// <summary>The indexed entities.</summary>
    public IReadOnlyList<IndexedEntity> Entities => _entities;

    /// <summary>The predicates the entities have values for (property conditions on others are ignored).</summary>
    public IReadOnlySet<string> Predicates { get; private set; } = new HashSet<string>();

    /// <summary>Indexes every instance of the entity classes in the snapshot.</summary>
    public static EntityIndex Build(IDatasetSnapshot snapshot, LabelPolicy labels)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(labels);
        var index = new EntityIndex();
        var predicates = new HashSet<string>(StringComparer.Ordinal);
        var subjects = ReconciliationVocabulary.EntityClasses
            .SelectMany(c => snapshot.Match(QuadPattern.InAllGraphs(null, RdfVocab.Type, c)))
            .Select(static q => q.Subject).OfType<Iri>().Distinct().OrderBy(static i => i.Value, StringComparer.Ordinal);
        foreach (Iri subject in subjects)
        {
            IndexedEntity entity = Read(snapshot, labels, subject);
            predicates.UnionWith(entity.Values.Keys);
            index.Add(entity);
        }
        foreach (Iri type in index._entities.SelectMany(static e => e.Types).Concat(ReconciliationVocabulary.EntityClasses).Distinct())
        {
            index._classNames[type.Value] = labels.LabelOf(type, labels.LabelStatements(snapshot, type));
        }
        index._sortedWords = [.. index._byWord.Keys.Order(StringComparer.Ordinal)];
        index.Predicates = predicates;
        return index;
    }

    /// <summary>The entity with this IRI, or null.</summary>
    public IndexedEntity? Find(string id) => _byId.TryGetValue(id, out int at) ? _entities[at] : null;

    /// <summary>The display name of a class (its label in the data, or the last segment of its IRI).</summary>
    public string ClassName(Iri type) => _classNames.TryGetValue(type.Value, out string? name) ? name : LabelChooser.LocalName(type);

    /// <summary>The entities having a name word equal or close (by edit distance) to one of <paramref name="words"/>.</summary>
    public IReadOnlySet<int> WithWordsLike(IReadOnlyList<string> words)
    {
        var found = new HashSet<int>();
        foreach (string word in words.Where(static w => w.Length > 1).Distinct(StringComparer.Ordinal))
        {
            foreach (string near in WordsLike(word))
            {
                found.UnionWith(_byWord[near]);
            }
        }
        return found;
    }

    /// <summary>The entities linked to the Wikidata item <paramref name="qid"/>.</summary>
    public IReadOnlyList<int> WithWikidataId(string qid) => _byWikidataId.TryGetValue(qid, out var list) ? list : [];

    /// <summary>The entities having a name word that starts with <paramref name="prefix"/> (a normalised word).</summary>
    public IReadOnlySet<int> WithWordStarting(string prefix)
    {
        var found = new HashSet<int>();
        int at = Array.BinarySearch(_sortedWords, prefix, StringComparer.Ordinal);
        for (int i = at >= 0 ? at : ~at; i < _sortedWords.Length && _sortedWords[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            found.UnionWith(_byWord[_sortedWords[i]]);
        }
        return found;
    }

    private IEnumerable<string> WordsLike(string word)
    {
        if (_byWord.ContainsKey(word))
        {
            yield return word;
        }
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] trigrams = Trigrams(word);
        foreach (string trigram in trigrams)
        {
            foreach (string other in _wordsByTrigram.GetValueOrDefault(trigram) ?? [])
            {
                shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }
        foreach (var (other, count) in shared)
        {
            double overlap = 2.0 * count / (trigrams.Length + Trigrams(other).Length);
            if (other != word && overlap >= TrigramOverlap && TokenSimilarity.Words(word, other) > 0)
            {
                yield return other;
            }
        }
    }

    private void Add(IndexedEntity entity)
    {
        int at = _entities.Count;
        _entities.Add(entity);
        _byId[entity.Id.Value] = at;
        foreach (string word in entity.NameTokens.SelectMany(static t => t).Distinct(StringComparer.Ordinal))
        {
            if (!_byWord.TryGetValue(word, out var list))
            {
                _byWord[word] = list = [];
                foreach (string trigram in Trigrams(word))
                {
                    (_wordsByTrigram.TryGetValue(trigram, out var words) ? words : _wordsByTrigram[trigram] = []).Add(word);
                }
            }
            list.Add(at);
        }
        foreach (string qid in entity.WikidataIds)
        {
            (_byWikidataId.TryGetValue(qid, out var list) ? list : _byWikidataId[qid] = []).Add(at);
        }
    }

    // Trigrams of the word padded at both ends, so short words and word starts count too.
    private static string[] Trigrams(string word)
    {
        string padded = " " + word + " ";
        return [.. Enumerable.Range(0, padded.Length - 2).Select(i => padded.Substring(i, 3)).Distinct(StringComparer.Ordinal)];
    }

    private static IndexedEntity Read(IDatasetSnapshot snapshot, LabelPolicy labels, Iri subject)
    {
        var statements = snapshot.Match(QuadPattern.InAllGraphs(subject)).ToList();
        var nameProperties = labels.Properties.Concat(ReconciliationVocabulary.AlternateNames).ToHashSet();
        var names = statements.Where(q => nameProperties.Contains(q.Predicate) && q.Object is Literal)
            .Select(static q => ((Literal)q.Object).LexicalForm.Trim()).Where(static n => n.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();
        string name = labels.LabelOf(subject, statements);
        if (names.Count == 0)
        {
            names.Add(name);
        }
        var types = statements.Where(static q => q.Predicate.Equals(RdfVocab.Type)).Select(static q => q.Object).OfType<Iri>().Distinct().ToList();
        string? description = ReconciliationVocabulary.Descriptions
            .Select(p => statements.Where(q => q.Predicate.Equals(p)).Select(static q => q.Object).OfType<Literal>().FirstOrDefault())
            .OfType<Literal>().FirstOrDefault()?.LexicalForm;
        var wikidata = statements.Where(static q => OutsideLinks.IsLinkPredicate(q.Predicate) && q.Object is Iri)
            .Select(static q => OutsideLinks.WikidataId((Iri)q.Object)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var values = statements.Where(static q => q.Object is Iri or Literal)
            .GroupBy(static q => q.Predicate.Value, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Select(static q => q.Object is Literal l ? l.LexicalForm : ((Iri)q.Object).Value).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new IndexedEntity(subject, name, names, [.. names.Select(NameSimilarity.Tokens)], types, description, wikidata, values);
    }
}
