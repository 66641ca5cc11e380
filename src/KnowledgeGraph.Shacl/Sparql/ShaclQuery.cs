using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Querying;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Shacl.Sparql;

/// <summary>
/// A SPARQL query from the shapes graph, ready to run: the prefixes its sh:prefixes declare are prepended, $PATH is
/// replaced by the shape's path (SHACL 1.0 §6.3), it is parsed once and checked against the pre-binding rules.
/// Each run pre-binds $this, $currentShape, $value and the component's parameters (SHACL 1.0 §5.6).
/// </summary>
internal sealed class ShaclQuery
{
    private ShaclQuery(TranslatedQuery query, string text, bool usesShapesGraph)
    {
        Query = query;
        Text = text;
        UsesShapesGraph = usesShapesGraph;
    }

    /// <summary>
    /// Whether the query reads $shapesGraph (SHACL 1.0 §5.3.1): such queries run over a dataset holding the data
    /// graph as default graph and the shapes graph as a named graph, named by the pre-bound IRI.
    /// </summary>
    public bool UsesShapesGraph { get; }

    public TranslatedQuery Query { get; }

    public string Text { get; }

    public bool IsAsk => Query.Form == QueryForm.Ask;

    /// <summary>Prepares the query of <paramref name="owner"/> (a constraint or validator node) for <paramref name="shape"/>.</summary>
    public static ShaclQuery Prepare(GraphView shapes, Term owner, string body, Shape shape, IReadOnlySet<string> preBound)
    {
        var text = new System.Text.StringBuilder();
        foreach (Term prefixes in ImportClosure(shapes, shapes.Objects(owner, ShVocab.Prefixes)))
        {
            foreach (Term declaration in shapes.Objects(prefixes, ShVocab.Declare))
            {
                if (shapes.Object(declaration, ShVocab.Prefix) is Literal prefix && shapes.Object(declaration, ShVocab.NamespaceProperty) is Literal ns)
                {
                    text.Append("PREFIX ").Append(prefix.LexicalForm).Append(": <").Append(ns.LexicalForm).Append(">\n");
                }
            }
        }
        if (body.Contains("$PATH", StringComparison.Ordinal))
        {
            if (shape.Path is null)
            {
                throw new ShapesGraphException($"Shape {shape.Node}: the query of {owner} uses $PATH but the shape is not a property shape.");
            }
            body = body.Replace("$PATH", shape.Path.Expression.ToSparql(), StringComparison.Ordinal);
        }
        text.Append(body);
        TranslatedQuery query;
        try
        {
            query = SparqlQueryProcessor.Prepare(text.ToString());
        }
        catch (SparqlSyntaxException e)
        {
            throw new ShapesGraphException($"Shape {shape.Node}: the SPARQL query of {owner} does not parse: {e.Message}", e);
        }
        if (PreBindingRules.FindViolation(query.Algebra, preBound) is { } problem)
        {
            throw new ShapesGraphException($"Shape {shape.Node}: the SPARQL query of {owner} cannot be pre-bound: {problem}.");
        }
        return new ShaclQuery(query, text.ToString(), MentionsShapesGraph(body));
    }

    private static bool MentionsShapesGraph(string body) =>
        body.Contains("$shapesGraph", StringComparison.Ordinal) || body.Contains("?shapesGraph", StringComparison.Ordinal);

    /// <summary>The sh:prefixes values and, transitively, the ontologies they owl:imports (their declarations count too).</summary>
    private static List<Term> ImportClosure(GraphView shapes, IEnumerable<Term> roots)
    {
        var result = new List<Term>();
        var seen = new HashSet<Term>();
        var pending = new Stack<Term>(roots);
        while (pending.Count > 0)
        {
            Term node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }
            result.Add(node);
            foreach (Term imported in shapes.Objects(node, OwlImports))
            {
                pending.Push(imported);
            }
        }
        return result;
    }

    private static readonly Iri OwlImports = new("http://www.w3.org/2002/07/owl#imports");

    /// <summary>Runs the query over the data graph with the given variables pre-bound.</summary>
    public SparqlQueryResult Run(Validation.ValidationContext context, IReadOnlyDictionary<string, Term> bindings)
    {
        var dataset = context.Data.Snapshot;
        if (UsesShapesGraph && context.DataWithShapes is { } combined)
        {
            bindings = new Dictionary<string, Term>(bindings, StringComparer.Ordinal) { ["shapesGraph"] = Validation.ValidationContext.ShapesGraphName };
            dataset = combined.Value;
        }
        return context.Sparql.Execute(QueryPreBinding.Apply(Query, bindings), dataset, new QueryOptions { CancellationToken = context.CancellationToken });
    }
}
