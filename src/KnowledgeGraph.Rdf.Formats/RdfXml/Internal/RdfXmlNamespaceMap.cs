using System.Globalization;
using System.Xml;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.RdfXml.Internal;

/// <summary>
/// Chooses the prefixes a written RDF/XML document declares and turns predicate IRIs into qualified element names.
/// RDF/XML can only write a predicate whose IRI ends in an XML name, because the element name is the namespace name
/// followed by that local name.
/// </summary>
internal sealed class RdfXmlNamespaceMap
{
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _declarations = [];
    private readonly List<KeyValuePair<string, string>> _offered = [];
    private int _generated;

    /// <summary>Starts with rdf: declared and the given prefixes on offer; only those a predicate uses are declared.</summary>
    public RdfXmlNamespaceMap(IEnumerable<KeyValuePair<string, string>> prefixes)
    {
        Declare("rdf", RdfXmlNames.RdfNamespace);
        foreach (var (prefix, ns) in prefixes)
        {
            // The empty prefix would be the default element namespace, and names starting with "xml" are reserved.
            if (IsUsablePrefix(prefix) && prefix != "rdf" && ns.Length > 0)
            {
                _offered.Add(new(prefix, ns));
            }
        }
        // Longest namespace first, so the most specific offered prefix wins.
        _offered.Sort((a, b) => b.Value.Length.CompareTo(a.Value.Length));
    }

    /// <summary>The prefix declarations to write on rdf:RDF, in the order they were first needed.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Declarations => _declarations;

    /// <summary>The qualified element name for a predicate, declaring a prefix for its namespace when needed.</summary>
    /// <exception cref="InvalidOperationException">The IRI does not end in an XML name, or names RDF/XML syntax.</exception>
    public string QualifiedName(Iri predicate)
    {
        string iri = predicate.Value;
        if (IsRdfTerm(iri, out string local) && (local == "li" || RdfXmlNames.IsForbiddenPropertyElementName(local)))
        {
            throw new InvalidOperationException(
                $"The predicate <{iri}> cannot be written in RDF/XML: rdf:{local} is reserved by the syntax.");
        }
        return TryQualifiedName(iri)
            ?? throw new InvalidOperationException(
                $"The predicate <{iri}> cannot be written in RDF/XML: it does not end in a character sequence that is an XML name, so it cannot be split into namespace and local name.");
    }

    /// <summary>
    /// The qualified name for a typed node element, or null when the type cannot name one (no XML name at its end, or
    /// an RDF syntax name such as rdf:Description, which a reader would not turn into an rdf:type statement).
    /// </summary>
    public string? NodeElementName(Iri type)
    {
        string iri = type.Value;
        if (IsRdfTerm(iri, out string local) && (local == "Description" || RdfXmlNames.IsForbiddenNodeElementName(local)))
        {
            return null;
        }
        return TryQualifiedName(iri);
    }

    private static bool IsRdfTerm(string iri, out string localName)
    {
        bool isRdf = iri.StartsWith(RdfXmlNames.RdfNamespace, StringComparison.Ordinal);
        localName = isRdf ? iri[RdfXmlNames.RdfNamespace.Length..] : "";
        return isRdf;
    }

    private string? TryQualifiedName(string iri)
    {
        foreach (var (prefix, ns) in _offered)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsNcName(iri[ns.Length..]))
            {
                if (!_prefixByNamespace.ContainsKey(ns) && !_usedPrefixes.Contains(prefix))
                {
                    Declare(prefix, ns);
                }
                if (_prefixByNamespace.TryGetValue(ns, out var declared))
                {
                    return declared + ":" + iri[ns.Length..];
                }
            }
        }
        int split = LocalNameStart(iri);
        if (split < 0)
        {
            return null;
        }
        string namespaceName = iri[..split];
        if (!_prefixByNamespace.TryGetValue(namespaceName, out var existing))
        {
            existing = NextGeneratedPrefix();
            Declare(existing, namespaceName);
        }
        return existing + ":" + iri[split..];
    }

    private void Declare(string prefix, string ns)
    {
        _prefixByNamespace[ns] = prefix;
        _usedPrefixes.Add(prefix);
        _declarations.Add(new(prefix, ns));
    }

    private string NextGeneratedPrefix()
    {
        string prefix;
        do
        {
            prefix = "ns" + (_generated++).ToString(CultureInfo.InvariantCulture);
        }
        while (_usedPrefixes.Contains(prefix) || _offered.Exists(o => o.Key == prefix));
        return prefix;
    }

    /// <summary>Where the longest XML name ending the IRI starts, or -1 when it ends in no name character.</summary>
    private static int LocalNameStart(string iri)
    {
        int start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1]))
        {
            start--;
        }
        // A name cannot start with a digit, '-' or '.', so the namespace keeps those.
        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start]))
        {
            start++;
        }
        // The namespace part must stay non-empty, and the local name cannot be empty.
        return start < iri.Length && start > 0 && IsNcName(iri[start..]) ? start : -1;
    }

    private static bool IsUsablePrefix(string prefix) =>
        prefix.Length > 0 && !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) && IsNcName(prefix);

    public static bool IsNcName(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }
        try
        {
            XmlConvert.VerifyNCName(value);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
