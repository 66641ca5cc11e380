using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Formats.JsonLd.Context;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Rdf;

/// <summary>
/// §8.1 Deserialize JSON-LD to RDF: turns a node map into quads, with §8.2 Object to RDF Conversion and
/// §8.3 List to RDF Conversion. Triples whose terms are not well-formed (relative IRIs, bad language tags) are
/// dropped, as the specification requires.
/// </summary>
internal sealed partial class RdfSerializer
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private readonly JsonLdSession _session;

    public RdfSerializer(JsonLdSession session) => _session = session;

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    public List<Quad> ToQuads(Dictionary<string, JsonMap> nodeMap)
    {
        var quads = new List<Quad>();
        foreach (var graphName in nodeMap.Keys.Order(StringComparer.Ordinal))
        {
            Term? graph = null;
            if (graphName != "@default")
            {
                graph = ToResource(graphName);
                if (graph is null)
                {
                    continue;
                }
            }
            var nodes = nodeMap[graphName];
            foreach (var subjectId in nodes.Keys.Order(StringComparer.Ordinal))
            {
                var subject = ToResource(subjectId);
                if (subject is null)
                {
                    continue;
                }
                var node = (JsonMap)nodes[subjectId]!;
                foreach (var property in node.Keys.Order(StringComparer.Ordinal))
                {
                    if (property == "@type")
                    {
                        foreach (var type in Json.AsList(node[property]))
                        {
                            if (type is string t && ToResource(t) is Term typeTerm)
                            {
                                quads.Add(new Quad(subject, RdfVocab.Type, typeTerm, graph));
                            }
                        }
                        continue;
                    }
                    if (Keywords.IsKeyword(property) || ToResource(property) is not Iri predicate)
                    {
                        // Blank node predicates would need generalized RDF, which the term model does not have.
                        continue;
                    }
                    foreach (var item in Json.AsList(node[property]))
                    {
                        var obj = ObjectToRdf(item, quads, graph);
                        if (obj is not null)
                        {
                            quads.Add(new Quad(subject, predicate, obj, graph));
                        }
                    }
                }
            }
        }
        return quads;
    }

    /// <summary>An IRI or blank node for an identifier, or null when it is neither (e.g. a relative IRI).</summary>
    private static Term? ToResource(string id)
    {
        if (Keywords.IsBlankNodeId(id))
        {
            return id.Length > 2 ? new BlankNode(id[2..]) : null;
        }
        return IsWellFormedIri(id) ? new Iri(id) : null;
    }

    /// <summary>An absolute IRI without forbidden characters and with at most one fragment marker.</summary>
    private static bool IsWellFormedIri(string value) =>
        IriSyntax.IsAbsolute(value) && value.IndexOf('#', StringComparison.Ordinal) == value.LastIndexOf('#');

    private Term? ObjectToRdf(object? item, List<Quad> quads, Term? graph)
    {
        if (item is not JsonMap map)
        {
            return null;
        }
        if (map.Get("@id") is string id && !map.ContainsKey("@value"))
        {
            return ToResource(id);
        }
        if (map.TryGetValue("@list", out var list))
        {
            return ListToRdf(Json.AsList(list), quads, graph);
        }
        if (!map.TryGetValue("@value", out var value))
        {
            return null;
        }
        string? datatype = map.Get("@type") as string;
        if (datatype is not null && datatype != "@json" && !IsWellFormedIri(datatype))
        {
            return null;
        }
        string? language = map.Get("@language") as string;
        if (language is not null && !LanguageTag().IsMatch(language))
        {
            return null;
        }
        string lexical;
        if (datatype == "@json")
        {
            lexical = JsonCanonicalizer.Canonicalize(value);
            datatype = RdfVocab.Json.Value;
        }
        else if (value is bool b)
        {
            lexical = b ? "true" : "false";
            datatype ??= Xsd.Namespace + "boolean";
        }
        else if (Json.IsNumber(value) && (value is double d && (d % 1 != 0 || Math.Abs(d) >= 1e21) || datatype == Xsd.Namespace + "double"))
        {
            lexical = JsonNumbers.CanonicalDouble(Json.ToDouble(value));
            datatype ??= Xsd.Namespace + "double";
        }
        else if (Json.IsNumber(value))
        {
            lexical = value is long l ? l.ToString(CultureInfo.InvariantCulture) : ((double)value! == 0 ? "0" : ((double)value).ToString("F0", CultureInfo.InvariantCulture));
            datatype ??= Xsd.Namespace + "integer";
        }
        else if (value is string s)
        {
            lexical = s;
        }
        else
        {
            return null;
        }
        if (map.Get("@direction") is string direction && _session.Options.RdfDirection is string mode)
        {
            string lowerLanguage = language?.ToLowerInvariant() ?? "";
            if (mode == "i18n-datatype")
            {
                return Literal.Typed(lexical, new Iri(I18nNamespace + lowerLanguage + "_" + direction));
            }
            if (mode == "compound-literal")
            {
                var node = new BlankNode(_session.IssueBlankNode(null)[2..]);
                quads.Add(new Quad(node, new Iri(RdfVocab.Namespace + "value"), Literal.Simple(lexical), graph));
                if (language is not null)
                {
                    quads.Add(new Quad(node, new Iri(RdfVocab.Namespace + "language"), Literal.Simple(lowerLanguage), graph));
                }
                quads.Add(new Quad(node, new Iri(RdfVocab.Namespace + "direction"), Literal.Simple(direction), graph));
                return node;
            }
        }
        if (language is not null && datatype is null)
        {
            return Literal.LanguageTagged(lexical, language);
        }
        return datatype is null ? Literal.Simple(lexical) : Literal.Typed(lexical, new Iri(datatype));
    }

    private Term ListToRdf(List<object?> list, List<Quad> quads, Term? graph)
    {
        if (list.Count == 0)
        {
            return RdfVocab.Nil;
        }
        var nodes = list.Select(_ => new BlankNode(_session.IssueBlankNode(null)[2..])).ToList();
        for (int i = 0; i < list.Count; i++)
        {
            var obj = ObjectToRdf(list[i], quads, graph);
            if (obj is not null)
            {
                quads.Add(new Quad(nodes[i], RdfVocab.First, obj, graph));
            }
            quads.Add(new Quad(nodes[i], RdfVocab.Rest, i + 1 < nodes.Count ? nodes[i + 1] : RdfVocab.Nil, graph));
        }
        return nodes[0];
    }
}
