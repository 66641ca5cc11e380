using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>
/// Turns the quad blocks of INSERT/DELETE templates (and of the DATA forms) into quads for one solution. A template
/// quad with an unbound variable, or one that would not be a well-formed quad (a literal subject or graph name, a
/// non-IRI predicate), is skipped, as SPARQL Update says.
/// </summary>
internal static class QuadTemplate
{
    /// <summary>
    /// Instantiates every quad of the template for one solution. <paramref name="blankNodes"/> maps the template's
    /// blank-node labels to the fresh nodes of this solution; pass a new map per solution so every solution gets its
    /// own nodes.
    /// </summary>
    public static IEnumerable<Quad> Instantiate(
        IEnumerable<QuadsBlock> template, QuerySolution? solution, Term? defaultGraph, Dictionary<string, BlankNode> blankNodes)
    {
        foreach (QuadsBlock block in template)
        {
            Term? graph = defaultGraph;
            if (block.Graph is not null)
            {
                graph = Resolve(block.Graph, solution, blankNodes);
                if (graph is not Iri)
                {
                    continue;
                }
            }
            foreach (TriplePattern triple in block.Triples)
            {
                Term? subject = Resolve(triple.Subject, solution, blankNodes);
                Term? predicate = Resolve(triple.Predicate, solution, blankNodes);
                Term? obj = Resolve(triple.Object, solution, blankNodes);
                if (subject is Iri or BlankNode && predicate is Iri iri && obj is not null)
                {
                    yield return new Quad(subject, iri, obj, graph);
                }
            }
        }
    }

    private static Term? Resolve(PatternNode node, QuerySolution? solution, Dictionary<string, BlankNode> blankNodes) => node switch
    {
        VariableNode variable => solution?[variable.Name],
        TermNode { Term: BlankNode blank } => Fresh(blank, blankNodes),
        TermNode term => term.Term,
        _ => null,
    };

    private static BlankNode Fresh(BlankNode blank, Dictionary<string, BlankNode> blankNodes)
    {
        if (!blankNodes.TryGetValue(blank.Label, out BlankNode? fresh))
        {
            fresh = BlankNode.CreateUnique();
            blankNodes.Add(blank.Label, fresh);
        }
        return fresh;
    }
}
