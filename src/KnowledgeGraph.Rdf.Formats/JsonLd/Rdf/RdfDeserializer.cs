using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Formats.JsonLd.Internal;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.JsonLd.Rdf;

/// <summary>
/// §8.4 Serialize RDF as JSON-LD: quads to expanded JSON-LD, with §8.5 RDF to Object Conversion. Well-formed
/// rdf:first/rdf:rest chains of blank nodes become <c>@list</c>s; rdf:JSON literals become JSON values.
/// </summary>
internal sealed partial class RdfDeserializer
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private const string RdfFirst = RdfVocab.Namespace + "first";
    private const string RdfRest = RdfVocab.Namespace + "rest";
    private const string RdfNil = RdfVocab.Namespace + "nil";
    private const string RdfType = RdfVocab.Namespace + "type";
    private const string RdfList = RdfVocab.Namespace + "List";
    private const string XsdDouble = Xsd.Namespace + "double";
    private const string XsdInteger = Xsd.Namespace + "integer";
    private const string XsdBoolean = Xsd.Namespace + "boolean";
    private readonly JsonLdSession _session;

    public RdfDeserializer(JsonLdSession session) => _session = session;

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerLexical();

    [GeneratedRegex(@"^(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?$")]
    private static partial Regex DoubleLexical();

    private sealed record Usage(JsonMap Node, string Property, JsonMap Value);

    public List<object?> FromQuads(IEnumerable<Quad> quads)
    {
        var options = _session.Options;
        var defaultGraph = new JsonMap();
        var graphMap = new Dictionary<string, JsonMap>(StringComparer.Ordinal) { ["@default"] = defaultGraph };
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var nilUsages = new Dictionary<string, List<Usage>>(StringComparer.Ordinal);
        var compoundLiterals = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // A dataset is a set: a repeated statement must not count as a second reference to a list node.
        var statements = quads.Distinct().ToList();
        var sharedBlankNodes = BlankNodesInSeveralGraphs(statements);
        foreach (var quad in statements)
        {
            string name = quad.Graph is null ? "@default" : IdOf(quad.Graph);
            if (!graphMap.TryGetValue(name, out var nodeMap))
            {
                nodeMap = new JsonMap();
                graphMap[name] = nodeMap;
            }
            if (name != "@default" && !defaultGraph.ContainsKey(name))
            {
                defaultGraph[name] = new JsonMap("@id", name);
            }
            string subject = IdOf(quad.Subject);
            var node = NodeIn(nodeMap, subject);
            bool objectIsResource = quad.Object is Iri or BlankNode;
            if (objectIsResource)
            {
                NodeIn(nodeMap, IdOf(quad.Object));
            }
            string predicate = quad.Predicate.Value;
            if (predicate == RdfType && !options.UseRdfType && objectIsResource)
            {
                AddUnique(node, "@type", IdOf(quad.Object));
                continue;
            }
            var value = ToObject(quad.Object);
            var values = node.Get(predicate) as List<object?>;
            if (values is null)
            {
                values = [];
                node[predicate] = values;
            }
            var existing = values.OfType<JsonMap>().FirstOrDefault(v => Json.DeepEquals(v, value));
            if (existing is null)
            {
                values.Add(value);
            }
            else
            {
                value = existing;
            }
            if (quad.Object is Iri { Value: RdfNil })
            {
                if (!nilUsages.TryGetValue(name, out var usages))
                {
                    usages = [];
                    nilUsages[name] = usages;
                }
                usages.Add(new Usage(node, predicate, value));
            }
            else if (quad.Object is BlankNode)
            {
                string objectId = IdOf(quad.Object);
                // A blank node that also occurs in another graph (or names one) keeps its identity: folding it into
                // an @list would give it a fresh identity on reading and cut it from its other occurrences.
                referencedOnce[objectId] = referencedOnce.ContainsKey(objectId) || sharedBlankNodes.Contains(objectId)
                    ? null
                    : new Usage(node, predicate, value);
            }
            if (options.RdfDirection == "compound-literal" && predicate == RdfVocab.Namespace + "direction")
            {
                if (!compoundLiterals.TryGetValue(name, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    compoundLiterals[name] = set;
                }
                set.Add(subject);
            }
        }
        foreach (var (name, graph) in graphMap)
        {
            if (compoundLiterals.TryGetValue(name, out var compounds))
            {
                ReplaceCompoundLiterals(graph, compounds);
            }
            if (nilUsages.TryGetValue(name, out var usages))
            {
                BuildLists(graph, usages, referencedOnce);
            }
        }
        var result = new List<object?>();
        IEnumerable<string> subjects = options.Ordered ? defaultGraph.Keys.Order(StringComparer.Ordinal) : defaultGraph.Keys;
        foreach (var subject in subjects.ToList())
        {
            var node = (JsonMap)defaultGraph[subject]!;
            if (graphMap.TryGetValue(subject, out var namedGraph) && subject != "@default")
            {
                var nodes = new List<object?>();
                IEnumerable<string> ids = options.Ordered ? namedGraph.Keys.Order(StringComparer.Ordinal) : namedGraph.Keys;
                foreach (var id in ids)
                {
                    var n = (JsonMap)namedGraph[id]!;
                    if (!(n.Count == 1 && n.ContainsKey("@id")))
                    {
                        nodes.Add(n);
                    }
                }
                node["@graph"] = nodes;
            }
            if (!(node.Count == 1 && node.ContainsKey("@id")))
            {
                result.Add(node);
            }
        }
        return result;
    }

    private static HashSet<string> BlankNodesInSeveralGraphs(List<Quad> statements)
    {
        var graphOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        void Note(Term term, string graph)
        {
            if (term is BlankNode)
            {
                string id = IdOf(term);
                if (graphOf.TryGetValue(id, out var seen) && seen != graph)
                {
                    shared.Add(id);
                }
                graphOf.TryAdd(id, graph);
            }
        }
        foreach (var quad in statements)
        {
            string graph = quad.Graph is null ? "@default" : IdOf(quad.Graph);
            Note(quad.Subject, graph);
            Note(quad.Object, graph);
            if (quad.Graph is BlankNode)
            {
                shared.Add(graph);
            }
        }
        return shared;
    }

    private static void BuildLists(JsonMap graph, List<Usage> usages, Dictionary<string, Usage?> referencedOnce)
    {
        foreach (var usage in usages)
        {
            var node = usage.Node;
            string property = usage.Property;
            var head = usage.Value;
            var list = new List<object?>();
            var listNodes = new List<string>();
            while (property == RdfRest && IsWellFormedListNode(node, referencedOnce))
            {
                list.Add(((List<object?>)node[RdfFirst]!)[0]);
                string id = (string)node["@id"]!;
                listNodes.Add(id);
                var nodeUsage = referencedOnce[id]!;
                node = nodeUsage.Node;
                property = nodeUsage.Property;
                head = nodeUsage.Value;
                if (!((string)node["@id"]!).StartsWith("_:", StringComparison.Ordinal))
                {
                    break;
                }
            }
            head.Remove("@id");
            list.Reverse();
            head["@list"] = list;
            foreach (var id in listNodes)
            {
                graph.Remove(id);
            }
        }
    }

    private static bool IsWellFormedListNode(JsonMap node, Dictionary<string, Usage?> referencedOnce)
    {
        string id = (string)node["@id"]!;
        if (!id.StartsWith("_:", StringComparison.Ordinal) || !referencedOnce.TryGetValue(id, out var usage) || usage is null)
        {
            return false;
        }
        // A cell used only by itself ("_:b rdf:first _:b; rdf:rest rdf:nil") is not a list: folding it into "@list" would
        // delete the node that holds its own first element, and the data would be lost.
        if ((string?)usage.Node["@id"] == id)
        {
            return false;
        }
        foreach (var (key, value) in node)
        {
            bool ok = key switch
            {
                "@id" => true,
                RdfFirst or RdfRest => value is List<object?> { Count: 1 },
                "@type" => value is List<object?> { Count: 1 } types && types[0] is RdfList,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }
        return node.ContainsKey(RdfFirst) && node.ContainsKey(RdfRest);
    }

    private static void ReplaceCompoundLiterals(JsonMap graph, HashSet<string> compounds)
    {
        foreach (var node in graph.Values.OfType<JsonMap>().ToList())
        {
            foreach (var (property, values) in node.ToList())
            {
                if (values is not List<object?> items)
                {
                    continue;
                }
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonMap reference && reference.Get("@id") is string id && compounds.Contains(id) && graph.Get(id) is JsonMap literal)
                    {
                        var value = new JsonMap("@value", First(literal, RdfVocab.Namespace + "value"));
                        if (First(literal, RdfVocab.Namespace + "language") is string language)
                        {
                            value["@language"] = language;
                        }
                        if (First(literal, RdfVocab.Namespace + "direction") is string direction)
                        {
                            value["@direction"] = direction;
                        }
                        items[i] = value;
                    }
                }
                _ = property;
            }
        }
        foreach (var id in compounds)
        {
            graph.Remove(id);
        }
    }

    private static object? First(JsonMap node, string property) =>
        node.Get(property) is List<object?> { Count: > 0 } values && values[0] is JsonMap value ? value.Get("@value") : null;

    private static JsonMap NodeIn(JsonMap nodeMap, string id)
    {
        if (nodeMap.Get(id) is not JsonMap node)
        {
            node = new JsonMap("@id", id);
            nodeMap[id] = node;
        }
        return node;
    }

    private static void AddUnique(JsonMap node, string property, object? value)
    {
        if (node.Get(property) is not List<object?> values)
        {
            values = [];
            node[property] = values;
        }
        if (!values.Any(v => Json.DeepEquals(v, value)))
        {
            values.Add(value);
        }
    }

    private static string IdOf(Term term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "_:" + blank.Label,
        _ => throw new NotSupportedException($"JSON-LD cannot name a {term.Kind} as a node."),
    };

    /// <summary>§8.5 RDF to Object Conversion.</summary>
    private JsonMap ToObject(Term term)
    {
        if (term is not Literal literal)
        {
            return new JsonMap("@id", IdOf(term));
        }
        var options = _session.Options;
        var result = new JsonMap();
        object? converted = literal.LexicalForm;
        string? type = null;
        string datatype = literal.Datatype.Value;
        if (options.UseNativeTypes && datatype == Xsd.String.Value)
        {
            // Plain strings stay strings.
        }
        else if (options.UseNativeTypes && datatype == XsdBoolean)
        {
            converted = literal.LexicalForm switch { "true" or "1" => true, "false" or "0" => false, _ => literal.LexicalForm };
            if (converted is string)
            {
                type = datatype;
            }
        }
        else if (options.UseNativeTypes && datatype == XsdInteger && IntegerLexical().IsMatch(literal.LexicalForm)
                 && long.TryParse(literal.LexicalForm, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            converted = integer;
        }
        else if (options.UseNativeTypes && datatype == XsdDouble && DoubleLexical().IsMatch(literal.LexicalForm)
                 && double.IsFinite(double.Parse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture)))
        {
            converted = double.Parse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        else if (datatype == RdfVocab.Json.Value && !_session.Is10)
        {
            try
            {
                converted = Json.Parse(literal.LexicalForm);
            }
            catch (JsonLdException)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidJsonLiteral, "$", $"the rdf:JSON literal is not JSON: {literal.LexicalForm}");
            }
            type = "@json";
        }
        else if (datatype.StartsWith(I18nNamespace, StringComparison.Ordinal) && options.RdfDirection == "i18n-datatype")
        {
            string suffix = datatype[I18nNamespace.Length..];
            int underscore = suffix.IndexOf('_');
            string language = underscore < 0 ? suffix : suffix[..underscore];
            if (language.Length > 0)
            {
                result["@language"] = language;
            }
            if (underscore >= 0 && suffix[(underscore + 1)..] is { Length: > 0 } direction)
            {
                result["@direction"] = direction;
            }
        }
        else if (literal.HasLanguage)
        {
            result["@language"] = literal.Language;
            if (literal.Direction != BaseDirection.None)
            {
                result["@direction"] = literal.Direction == BaseDirection.Ltr ? "ltr" : "rtl";
            }
        }
        else if (datatype != Xsd.String.Value)
        {
            type = datatype;
        }
        var ordered = new JsonMap("@value", converted);
        foreach (var (key, value) in result)
        {
            ordered[key] = value;
        }
        if (type is not null)
        {
            ordered["@type"] = type;
        }
        return ordered;
    }
}
