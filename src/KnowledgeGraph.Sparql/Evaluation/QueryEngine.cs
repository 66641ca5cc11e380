using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Internal;
using KnowledgeGraph.Sparql.Evaluation.Internal;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates SPARQL algebra over an <see cref="IDatasetSnapshot"/>. Solutions are pulled through the operator tree
/// as rows of term ids and decoded to terms only when handed out. The engine holds no per-query state, so one
/// instance can run any number of queries, also concurrently.
/// </summary>
public sealed class QueryEngine
{
    private readonly IFunctionLibrary _functions;

    /// <summary>Creates an engine that evaluates operators and built-ins with the given library.</summary>
    public QueryEngine(IFunctionLibrary functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _functions = functions;
    }

    /// <summary>Runs a SELECT query and collects its results.</summary>
    public SparqlResultSet Select(AlgebraOp query, IDatasetSnapshot dataset, QueryOptions? options = null)
    {
        SolutionStream stream = SelectStreaming(query, dataset, options);
        return SparqlResultSet.ForSelect(stream.Variables, stream.ToList());
    }

    /// <summary>
    /// Runs a SELECT query lazily. The result variables are those of the outermost projection, or else every
    /// variable the pattern may bind, in order of appearance.
    /// </summary>
    public SolutionStream SelectStreaming(AlgebraOp query, IDatasetSnapshot dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new QueryOptions();
        List<string> variables = VariableScope.Visible(query);
        return new SolutionStream(variables, Solutions(Prepare(query, options), dataset, options, variables));
    }

    /// <summary>Runs an ASK query: whether the pattern has a solution.</summary>
    public bool Ask(AlgebraOp query, IDatasetSnapshot dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new QueryOptions();
        var context = new QueryContext(dataset, _functions, options);
        PlanNode root = new PlanCompiler(context).Compile(Prepare(query, options));
        context.CheckNow();
        return root.Run(context.NewRow(), context.DefaultGraph).Any();
    }

    /// <summary>
    /// Runs a CONSTRUCT query lazily: the template instantiated once per solution, with fresh blank nodes per solution
    /// for the template's blank nodes. Triples with an unbound variable or that would not be valid RDF are skipped,
    /// and each triple is produced once.
    /// </summary>
    public IEnumerable<Triple> Construct(IReadOnlyList<TriplePattern> template, AlgebraOp query, IDatasetSnapshot dataset, QueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dataset);
        return ConstructCore(template, Prepare(query, options ?? new QueryOptions()), dataset, options ?? new QueryOptions());
    }

    private AlgebraOp Prepare(AlgebraOp query, QueryOptions options) =>
        options.Optimize ? AlgebraOptimizer.Optimize(query, _functions) : query;

    private IEnumerable<QuerySolution> Solutions(AlgebraOp query, IDatasetSnapshot dataset, QueryOptions options, List<string> variables)
    {
        var context = new QueryContext(dataset, _functions, options);
        PlanNode root = new PlanCompiler(context).Compile(query);
        int[] slots = variables.Select(context.Slot).ToArray();
        context.CheckNow();
        foreach (TermId[] row in root.Run(context.NewRow(), context.DefaultGraph))
        {
            var bindings = new KeyValuePair<string, Term?>[slots.Length];
            for (int i = 0; i < slots.Length; i++)
            {
                TermId id = row[slots[i]];
                bindings[i] = new(variables[i], id.Value == 0 ? null : context.Decode(id));
            }
            yield return new QuerySolution(bindings);
        }
    }

    private IEnumerable<Triple> ConstructCore(IReadOnlyList<TriplePattern> template, AlgebraOp query, IDatasetSnapshot dataset, QueryOptions options)
    {
        var context = new QueryContext(dataset, _functions, options);
        PlanNode root = new PlanCompiler(context).Compile(query);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TriplePattern pattern in template)
        {
            foreach (PatternTerm position in new[] { pattern.Subject, pattern.Predicate, pattern.Object })
            {
                if (position.Variable is { } name)
                {
                    slots[name] = context.Slot(name);
                }
            }
        }
        context.CheckNow();
        var produced = new HashSet<Triple>();
        foreach (TermId[] row in root.Run(context.NewRow(), context.DefaultGraph))
        {
            var blanks = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (TriplePattern pattern in template)
            {
                Term? s = Instantiate(pattern.Subject, row, slots, blanks, context);
                Term? p = Instantiate(pattern.Predicate, row, slots, blanks, context);
                Term? o = Instantiate(pattern.Object, row, slots, blanks, context);
                if (s is Iri or BlankNode && p is Iri predicate && o is not null)
                {
                    var triple = new Triple(s, predicate, o);
                    if (produced.Add(triple))
                    {
                        yield return triple;
                    }
                }
            }
        }
    }

    private static Term? Instantiate(PatternTerm position, TermId[] row, Dictionary<string, int> slots, Dictionary<string, BlankNode> blanks, QueryContext context)
    {
        if (position.Variable is { } name)
        {
            TermId id = row[slots[name]];
            return id.Value == 0 ? null : context.Decode(id);
        }
        if (position.Term is BlankNode blank)
        {
            if (!blanks.TryGetValue(blank.Label, out BlankNode? fresh))
            {
                fresh = BlankNode.CreateUnique();
                blanks.Add(blank.Label, fresh);
            }
            return fresh;
        }
        return position.Term;
    }
}
