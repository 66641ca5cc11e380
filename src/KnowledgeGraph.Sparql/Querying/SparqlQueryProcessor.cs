using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Translation;

namespace KnowledgeGraph.Sparql.Querying;

/// <summary>
/// Runs SPARQL query text end to end: parse, translate to algebra, optimize (inside the engine) and evaluate against
/// a dataset snapshot. The processor holds no per-query state; one instance serves any number of queries.
/// </summary>
public sealed class SparqlQueryProcessor
{
    private readonly QueryEngine _engine;

    /// <summary>Creates a processor with the standard SPARQL function library.</summary>
    public SparqlQueryProcessor()
        : this(new SparqlFunctionLibrary())
    {
    }

    /// <summary>Creates a processor that evaluates functions with the given library.</summary>
    public SparqlQueryProcessor(IFunctionLibrary functions) => _engine = new QueryEngine(functions);

    /// <summary>Parses and translates query text.</summary>
    /// <exception cref="SparqlSyntaxException">The text is not a valid query.</exception>
    public static TranslatedQuery Prepare(string text, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AlgebraTranslator.Translate(SparqlParser.ParseQuery(text, baseIri));
    }

    /// <summary>Parses, translates and runs query text.</summary>
    /// <param name="text">The query.</param>
    /// <param name="dataset">The data to query.</param>
    /// <param name="options">Time limit, cancellation, base IRI; its dataset, when given, overrides FROM / FROM NAMED.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a valid query.</exception>
    /// <exception cref="QueryTimeoutException">The query ran past its time limit.</exception>
    public SparqlQueryResult Execute(string text, IDatasetSnapshot dataset, QueryOptions? options = null) =>
        Execute(Prepare(text, options?.BaseIri), dataset, options);

    /// <summary>Runs a translated query.</summary>
    public SparqlQueryResult Execute(TranslatedQuery query, IDatasetSnapshot dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new QueryOptions();
        if (options.Dataset is null && query.Dataset is not null)
        {
            options = options with { Dataset = query.Dataset };
        }
        if (query.BaseIri is not null)
        {
            options = options with { BaseIri = query.BaseIri };
        }
        switch (query.Form)
        {
            case QueryForm.Select:
                return SparqlQueryResult.ForResults(query.Form, _engine.Select(query.Algebra, dataset, options), query.IsOrdered);
            case QueryForm.Ask:
                return SparqlQueryResult.ForResults(query.Form, SparqlResultSet.ForAsk(_engine.Ask(query.Algebra, dataset, options)), false);
            case QueryForm.Construct:
                return SparqlQueryResult.ForGraph(query.Form, _engine.Construct(query.Template, query.Algebra, dataset, options).ToList());
            default:
                return SparqlQueryResult.ForGraph(query.Form, Describe(query, dataset, options));
        }
    }

    /// <summary>
    /// DESCRIBE: the concise bounded description of each resource — every triple with it as subject in the query's
    /// default graph, recursing into blank-node objects (each blank node once).
    /// </summary>
    private List<Triple> Describe(TranslatedQuery query, IDatasetSnapshot dataset, QueryOptions options)
    {
        var resources = new List<Term>();
        var seen = new HashSet<Term>();
        List<string> variables = query.DescribeTargets.Where(static t => t.IsVariable).Select(static t => t.Variable!).ToList();
        foreach (PatternTerm target in query.DescribeTargets)
        {
            if (target.Term is { } constant && seen.Add(constant))
            {
                resources.Add(constant);
            }
        }
        if (variables.Count > 0)
        {
            SparqlResultSet solutions = _engine.Select(new ProjectOp(query.Algebra, variables), dataset, options);
            foreach (QuerySolution solution in solutions.Solutions)
            {
                foreach (string variable in variables)
                {
                    if (solution[variable] is { } value && seen.Add(value))
                    {
                        resources.Add(value);
                    }
                }
            }
        }
        var triples = new List<Triple>();
        var produced = new HashSet<Triple>();
        var visited = new HashSet<Term>();
        var pending = new Stack<Term>(resources);
        while (pending.Count > 0)
        {
            options.CancellationToken.ThrowIfCancellationRequested();
            Term subject = pending.Pop();
            if (subject is Literal || !visited.Add(subject))
            {
                continue;
            }
            foreach (Quad quad in DefaultGraphMatches(dataset, options.Dataset, subject))
            {
                var triple = new Triple(quad.Subject, quad.Predicate, quad.Object);
                if (produced.Add(triple))
                {
                    triples.Add(triple);
                }
                if (quad.Object is BlankNode)
                {
                    pending.Push(quad.Object);
                }
            }
        }
        return triples;
    }

    private static IEnumerable<Quad> DefaultGraphMatches(IDatasetSnapshot dataset, DatasetDescription? description, Term subject)
    {
        if (description is null)
        {
            return dataset.Match(QuadPattern.InDefaultGraph(subject));
        }
        return description.DefaultGraphs.SelectMany(graph => dataset.Match(QuadPattern.InGraph(graph, subject)));
    }
}
