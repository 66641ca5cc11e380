using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Formats.Turtle.Internal;

/// <summary>
/// Writes a whole Turtle or TriG document: the body is laid out first, so that the header declares only the prefixes
/// the body uses, then header and body go to the output. Pretty layout needs every statement of a graph before
/// the first is written, so the statements are held in memory.
/// </summary>
internal static class TurtleDocumentWriter
{
    public static void Write(IEnumerable<Quad> quads, TextWriter output, RdfWriterOptions options, bool isTrig)
    {
        ArgumentNullException.ThrowIfNull(quads);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var graphs = new Dictionary<Term, List<Triple>>();
        var defaultGraph = new List<Triple>();
        var graphOrder = new List<Term>();
        foreach (Quad quad in quads)
        {
            if (quad.Graph is null)
            {
                defaultGraph.Add(quad.Triple);
                continue;
            }
            if (!isTrig)
            {
                throw new InvalidOperationException($"Turtle holds only the default graph; the quad {quad} names graph {quad.Graph}. Use TriG.");
            }
            if (!graphs.TryGetValue(quad.Graph, out var triples))
            {
                triples = [];
                graphs.Add(quad.Graph, triples);
                graphOrder.Add(quad.Graph);
            }
            triples.Add(quad.Triple);
        }
        if (options.Canonical)
        {
            graphOrder.Sort((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
        }
        IReadOnlySet<BlankNode> pinned = FindPinnedBlankNodes(defaultGraph, graphs);
        var formatter = new TurtleTermFormatter(options);
        var body = new StringBuilder();
        if (defaultGraph.Count > 0)
        {
            new TurtleGraphWriter(new TurtleGraphShape(defaultGraph, pinned), formatter, body, "", options.Canonical).WriteAll();
        }
        foreach (Term name in graphOrder)
        {
            if (body.Length > 0)
            {
                body.Append('\n');
            }
            formatter.Append(body, name);
            body.Append(" {\n");
            new TurtleGraphWriter(new TurtleGraphShape(graphs[name], pinned), formatter, body, "    ", options.Canonical).WriteAll();
            body.Append("}\n");
        }
        WriteHeader(output, formatter);
        output.Write(body);
        output.Flush();
    }

    private static void WriteHeader(TextWriter output, TurtleTermFormatter formatter)
    {
        bool any = false;
        if (formatter.BaseIri is { } baseIri)
        {
            var builder = new StringBuilder("@base ");
            NTriplesTermFormatter.AppendIri(builder, baseIri);
            output.Write(builder.Append(" .\n"));
            any = true;
        }
        foreach (KeyValuePair<string, string> prefix in formatter.UsedPrefixes)
        {
            var builder = new StringBuilder("@prefix ").Append(prefix.Key).Append(": ");
            NTriplesTermFormatter.AppendIri(builder, prefix.Value);
            output.Write(builder.Append(" .\n"));
            any = true;
        }
        if (any)
        {
            output.Write('\n');
        }
    }

    /// <summary>
    /// Blank nodes that must keep their label: graph names, nodes used in more than one graph, and nodes inside
    /// triple terms, since writing them nested would make a fresh node in one place only.
    /// </summary>
    private static HashSet<BlankNode> FindPinnedBlankNodes(List<Triple> defaultGraph, Dictionary<Term, List<Triple>> graphs)
    {
        var pinned = new HashSet<BlankNode>();
        var homeGraph = new Dictionary<BlankNode, Term?>();
        void Visit(Term term, Term? graph, bool inTripleTerm)
        {
            switch (term)
            {
                case BlankNode blank:
                    if (inTripleTerm)
                    {
                        pinned.Add(blank);
                    }
                    if (homeGraph.TryGetValue(blank, out Term? home))
                    {
                        if (!Equals(home, graph))
                        {
                            pinned.Add(blank);
                        }
                    }
                    else
                    {
                        homeGraph.Add(blank, graph);
                    }
                    break;
                case TripleTerm tripleTerm:
                    Visit(tripleTerm.Triple.Subject, graph, true);
                    Visit(tripleTerm.Triple.Object, graph, true);
                    break;
            }
        }
        foreach (Triple triple in defaultGraph)
        {
            Visit(triple.Subject, null, false);
            Visit(triple.Object, null, false);
        }
        foreach (var (name, triples) in graphs)
        {
            if (name is BlankNode blankName)
            {
                pinned.Add(blankName);
            }
            foreach (Triple triple in triples)
            {
                Visit(triple.Subject, name, false);
                Visit(triple.Object, name, false);
            }
        }
        return pinned;
    }
}
