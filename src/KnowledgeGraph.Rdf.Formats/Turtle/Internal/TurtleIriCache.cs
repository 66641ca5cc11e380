using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Remembers the IRIs recently built from IRIREF and prefixed-name tokens, because documents repeat the same
/// predicates and classes on every line and resolving and checking them again is most of the cost of an IRI.
/// The caller forgets entries when a directive changes what a token means; the size is bounded by starting over.
/// </summary>
internal sealed class TurtleIriCache
{
    private const int Capacity = 4096;
    private readonly Dictionary<string, Iri> _references;
    private readonly Dictionary<string, Iri>.AlternateLookup<ReadOnlySpan<char>> _referenceLookup;
    private readonly Dictionary<(string Prefix, string Local), Iri> _prefixedNames = [];

    public TurtleIriCache()
    {
        _references = new Dictionary<string, Iri>(StringComparer.Ordinal);
        _referenceLookup = _references.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The IRIREF text as a string: the cached key when the reference is cached (so repeating an IRI allocates
    /// nothing), else a new one.
    /// </summary>
    public string GetReferenceString(ReadOnlySpan<char> reference) =>
        _referenceLookup.TryGetValue(reference, out string? key, out _) ? key : new string(reference);

    public bool TryGetReference(string reference, [NotNullWhen(true)] out Iri? iri) => _references.TryGetValue(reference, out iri);

    public void AddReference(string reference, Iri iri)
    {
        if (_references.Count >= Capacity)
        {
            _references.Clear();
        }
        _references[reference] = iri;
    }

    public bool TryGetPrefixedName(string prefix, string local, [NotNullWhen(true)] out Iri? iri) =>
        _prefixedNames.TryGetValue((prefix, local), out iri);

    public void AddPrefixedName(string prefix, string local, Iri iri)
    {
        if (_prefixedNames.Count >= Capacity)
        {
            _prefixedNames.Clear();
        }
        _prefixedNames[(prefix, local)] = iri;
    }

    /// <summary>Called when the base changes: relative references now resolve differently.</summary>
    public void ForgetReferences() => _references.Clear();

    /// <summary>Called when a prefix is (re)declared.</summary>
    public void ForgetPrefixedNames() => _prefixedNames.Clear();
}
