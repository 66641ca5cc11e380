using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Tests.RdfXml;

/// <summary>Reading and writing helpers, and graph comparison up to blank-node renaming, for the RDF/XML tests.</summary>
internal static class RdfXmlTestGraphs
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public static string Document(string body) =>
        "<rdf:RDF xmlns:rdf=\"" + RdfNs + "\" xmlns:ex=\"http://example.org/\">\n" + body + "\n</rdf:RDF>";

    public static List<Triple> Read(string xml, RdfReaderOptions? options = null) =>
        new RdfXmlReader().Read(new StringReader(xml), options ?? RdfReaderOptions.Default).Select(q => q.Triple).ToList();

    public static string Write(IEnumerable<Triple> triples, RdfWriterOptions? options = null)
    {
        var output = new StringWriter();
        new RdfXmlWriter().Write(triples.Select(t => t.InDefaultGraph()), output, options ?? RdfWriterOptions.Default);
        return output.ToString();
    }

    public static List<Triple> RoundTrip(IEnumerable<Triple> triples, RdfWriterOptions? options = null) =>
        Read(Write(triples, options));

    /// <summary>Whether the graphs are equal once blank nodes are renamed (a backtracking search; the test graphs are small).</summary>
    public static bool Isomorphic(IEnumerable<Triple> first, IEnumerable<Triple> second)
    {
        var a = first.Distinct().ToList();
        var b = second.Distinct().ToList();
        if (a.Count != b.Count)
        {
            return false;
        }
        var blanksA = Blanks(a);
        var blanksB = Blanks(b);
        if (blanksA.Count != blanksB.Count)
        {
            return false;
        }
        var target = b.ToHashSet();
        return Search(0, blanksA, blanksB, [], [], a, target);
    }

    private static List<BlankNode> Blanks(List<Triple> graph) =>
        graph.SelectMany(t => new[] { t.Subject, t.Object }).OfType<BlankNode>().Distinct().ToList();

    private static bool Search(int index, List<BlankNode> from, List<BlankNode> to, Dictionary<BlankNode, BlankNode> map,
        HashSet<BlankNode> used, List<Triple> source, HashSet<Triple> target)
    {
        if (index == from.Count)
        {
            Term Map(Term t) => t is BlankNode n ? map[n] : t;
            return source.All(t => target.Contains(new Triple(Map(t.Subject), t.Predicate, Map(t.Object))));
        }
        foreach (var candidate in to)
        {
            if (used.Contains(candidate) || !Compatible(from[index], candidate, source, target))
            {
                continue;
            }
            map[from[index]] = candidate;
            used.Add(candidate);
            if (Search(index + 1, from, to, map, used, source, target))
            {
                return true;
            }
            map.Remove(from[index]);
            used.Remove(candidate);
        }
        return false;
    }

    // Prunes the search: a blank node can only map to one used in as many triples.
    private static bool Compatible(BlankNode a, BlankNode b, List<Triple> source, HashSet<Triple> target) =>
        source.Count(t => t.Subject.Equals(a) || t.Object.Equals(a)) == target.Count(t => t.Subject.Equals(b) || t.Object.Equals(b));
}
