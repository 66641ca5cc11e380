using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Shacl.Model;

namespace KnowledgeGraph.Shacl.Paths;

/// <summary>Reads SHACL property paths from the shapes graph (SHACL 1.0 §2.3.1); ill-formed paths are shapes graph errors.</summary>
internal static class PathParser
{
    public static ShapePath Parse(GraphView shapes, Term node, Term shape)
    {
        var description = new List<Triple>();
        PathExpression expression = Read(shapes, node, shape, description, new HashSet<Term>());
        return new ShapePath(expression, node, description);
    }

    private static PathExpression Read(GraphView shapes, Term node, Term shape, List<Triple> description, HashSet<Term> visiting)
    {
        if (node is Iri iri)
        {
            return new PathExpression.Predicate(iri);
        }
        if (node is not BlankNode || !visiting.Add(node))
        {
            throw new ShapesGraphException($"Shape {shape}: sh:path {node} is not a well-formed SHACL property path.");
        }
        try
        {
            if (shapes.Object(node, RdfVocab.First) is not null)
            {
                List<Term> members = ListWithTriples(shapes, node, shape, description);
                if (members.Count < 2)
                {
                    throw new ShapesGraphException($"Shape {shape}: a sequence path needs at least two members.");
                }
                return new PathExpression.Sequence(members.Select(m => Read(shapes, m, shape, description, visiting)).ToList());
            }
            foreach (Quad quad in shapes.About(node))
            {
                Iri p = quad.Predicate;
                PathExpression? result = null;
                if (p.Equals(ShVocab.AlternativePath))
                {
                    List<Term> choices = ListWithTriples(shapes, quad.Object, shape, description);
                    result = new PathExpression.Alternative(choices.Select(m => Read(shapes, m, shape, description, visiting)).ToList());
                }
                else if (p.Equals(ShVocab.InversePath))
                {
                    result = new PathExpression.Inverse(Read(shapes, quad.Object, shape, description, visiting));
                }
                else if (p.Equals(ShVocab.ZeroOrMorePath))
                {
                    result = new PathExpression.Repeat(Read(shapes, quad.Object, shape, description, visiting), true, true);
                }
                else if (p.Equals(ShVocab.OneOrMorePath))
                {
                    result = new PathExpression.Repeat(Read(shapes, quad.Object, shape, description, visiting), false, true);
                }
                else if (p.Equals(ShVocab.ZeroOrOnePath))
                {
                    result = new PathExpression.Repeat(Read(shapes, quad.Object, shape, description, visiting), true, false);
                }
                if (result is not null)
                {
                    description.Add(new Triple(node, p, quad.Object));
                    return result;
                }
            }
            throw new ShapesGraphException($"Shape {shape}: sh:path {node} is not a well-formed SHACL property path.");
        }
        finally
        {
            visiting.Remove(node);
        }
    }

    private static List<Term> ListWithTriples(GraphView shapes, Term head, Term shape, List<Triple> description)
    {
        List<Term> members = shapes.List(head) ?? throw new ShapesGraphException($"Shape {shape}: {head} in a path is not a well-formed RDF list.");
        Term node = head;
        while (!node.Equals(RdfVocab.Nil))
        {
            Term first = shapes.Object(node, RdfVocab.First)!;
            Term rest = shapes.Object(node, RdfVocab.Rest)!;
            description.Add(new Triple(node, RdfVocab.First, first));
            description.Add(new Triple(node, RdfVocab.Rest, rest));
            node = rest;
        }
        return members;
    }
}
