using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Shacl.Model;
using KnowledgeGraph.Shacl.Report;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Querying;

namespace KnowledgeGraph.Shacl.Validation;

/// <summary>
/// The state of one validation run: the data graph, where results go, and the shape/focus pairs being
/// checked, so recursive shapes end instead of looping (SHACL 1.0 §3.4.1 leaves recursion undefined; a pair met
/// again while it is being checked is taken to conform).
/// </summary>
internal sealed class ValidationContext
{
    private readonly HashSet<(Shape, Term)> _inProgress = [];
    private readonly FunctionContext _functionContext = new(DateTimeOffset.UnixEpoch, null, new Random(0));
    private List<ValidationResult> _results = [];

    public ValidationContext(GraphView data, SparqlFunctionLibrary functions, SparqlQueryProcessor sparql, CancellationToken cancellationToken)
    {
        Data = data;
        Functions = functions;
        Sparql = sparql;
        CancellationToken = cancellationToken;
    }

    /// <summary>The name the shapes graph has in <see cref="DataWithShapes"/> and the value of $shapesGraph.</summary>
    public static readonly Iri ShapesGraphName = new("urn:x-kg:shacl:shapesGraph");

    public GraphView Data { get; }

    /// <summary>The data graph plus the shapes graph as a named graph, built on first use; null when no query needs it.</summary>
    public Lazy<Rdf.Store.IDatasetSnapshot>? DataWithShapes { get; init; }

    public SparqlFunctionLibrary Functions { get; }

    public SparqlQueryProcessor Sparql { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The results reported at the top level so far.</summary>
    public List<ValidationResult> Results => _results;

    /// <summary>Validates <paramref name="focus"/> against <paramref name="shape"/> (SHACL 1.0 §3.4), reporting into the current sink.</summary>
    public void ValidateShape(Shape shape, Term focus)
    {
        if (shape.Deactivated)
        {
            return;
        }
        IReadOnlyCollection<Term> values = shape.Path is { } path ? path.Expression.Evaluate(Data, focus) : [focus];
        foreach (var constraint in shape.Constraints)
        {
            constraint.Validate(this, shape, focus, values);
        }
    }

    /// <summary>Whether <paramref name="node"/> conforms to <paramref name="shape"/>: validating it gives no result of any severity.</summary>
    public bool Conforms(Term node, Shape shape)
    {
        if (shape.Deactivated)
        {
            return true;
        }
        if (!_inProgress.Add((shape, node)))
        {
            return true;
        }
        List<ValidationResult> outer = _results;
        _results = [];
        try
        {
            ValidateShape(shape, node);
            return _results.Count == 0;
        }
        finally
        {
            _results = outer;
            _inProgress.Remove((shape, node));
        }
    }

    /// <summary>Reports a result for <paramref name="shape"/>, with the shape's path, severity and messages.</summary>
    public void Report(Shape shape, Term focus, Term? value, Iri component, IReadOnlyList<Literal>? messages = null, Term? sourceConstraint = null)
    {
        _results.Add(new ValidationResult(
            focus,
            shape.Path?.Node,
            shape.Path?.Description ?? [],
            shape.Path?.Expression.ToSparql(),
            value,
            shape.Node,
            component,
            shape.Severity,
            messages ?? shape.Messages,
            sourceConstraint));
    }

    /// <summary>Adds a fully formed result (SPARQL constraints choose their own path).</summary>
    public void Report(ValidationResult result) => _results.Add(result);

    /// <summary>
    /// The SPARQL operator <paramref name="op"/> (<c>&lt;</c>, <c>&lt;=</c>, …) applied as FILTER would: null when
    /// the comparison is an error (incomparable terms), which every caller treats as a failure.
    /// </summary>
    public bool? Compare(string op, Term left, Term right)
    {
        try
        {
            return Functions.EffectiveBooleanValue(Functions.Invoke(op, [left, right], _functionContext));
        }
        catch (ExpressionErrorException)
        {
            return null;
        }
    }

    /// <summary>Calls a SPARQL function; null when it raises an error.</summary>
    public Term? Call(string name, IReadOnlyList<Term> arguments)
    {
        try
        {
            return Functions.Invoke(name, arguments, _functionContext);
        }
        catch (ExpressionErrorException)
        {
            return null;
        }
    }
}
