using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// The running state of one aggregate over one group (section 18.5.1). COUNT counts the values that are bound and
/// error-free (or rows, for <c>COUNT(*)</c>); for the others an error or unbound value makes the whole aggregate an
/// error, so its variable is left unbound. An empty group gives COUNT 0, SUM 0, AVG 0, GROUP_CONCAT "", and unbound
/// MIN/MAX/SAMPLE.
/// </summary>
internal sealed class AggregateAccumulator(QueryContext context, Aggregate aggregate, Evaluator? argument)
{
    private static readonly Literal Zero = Literal.Typed("0", Xsd.Integer);
    private readonly HashSet<Term>? _distinctValues = aggregate.Distinct && argument is not null ? [] : null;
    private readonly HashSet<TermId[]>? _distinctRows = aggregate.Distinct && argument is null ? new(RowComparer.Instance) : null;
    private readonly StringBuilder? _concat = aggregate.Kind == AggregateKind.GroupConcat ? new() : null;
    private long _count;
    private bool _failed;
    private Term? _value;

    public void Add(TermId[] row, GraphSelector graph)
    {
        if (argument is null)
        {
            if (_distinctRows is null || _distinctRows.Add(row))
            {
                _count++;
            }
            return;
        }
        if (_failed)
        {
            return;
        }
        Term value;
        try
        {
            value = argument(row, graph);
        }
        catch (ExpressionErrorException)
        {
            _failed = aggregate.Kind != AggregateKind.Count;
            return;
        }
        if (_distinctValues is not null && !_distinctValues.Add(value))
        {
            return;
        }
        try
        {
            Accumulate(value);
        }
        catch (ExpressionErrorException)
        {
            _failed = true;
        }
    }

    /// <summary>The aggregate's value, or null when it is an error (the variable stays unbound).</summary>
    public Term? Result()
    {
        if (_failed)
        {
            return null;
        }
        IFunctionLibrary functions = context.Functions;
        try
        {
            return aggregate.Kind switch
            {
                AggregateKind.Count => Literal.Typed(_count.ToString(CultureInfo.InvariantCulture), Xsd.Integer),
                AggregateKind.Sum => _value ?? Zero,
                AggregateKind.Avg => _count == 0
                    ? Zero
                    : functions.Invoke("/", [_value!, Literal.Typed(_count.ToString(CultureInfo.InvariantCulture), Xsd.Integer)], context.FunctionContext),
                AggregateKind.GroupConcat => Literal.Simple(_concat!.ToString()),
                _ => _value,
            };
        }
        catch (ExpressionErrorException)
        {
            return null;
        }
    }

    private void Accumulate(Term value)
    {
        IFunctionLibrary functions = context.Functions;
        switch (aggregate.Kind)
        {
            case AggregateKind.Count:
                _count++;
                break;
            case AggregateKind.Sum:
            case AggregateKind.Avg:
                _value = _value is null
                    ? functions.Invoke("+", [Zero, value], context.FunctionContext)
                    : functions.Invoke("+", [_value, value], context.FunctionContext);
                _count++;
                break;
            case AggregateKind.Min:
                if (_value is null || functions.CompareForOrderBy(value, _value) < 0)
                {
                    _value = value;
                }
                break;
            case AggregateKind.Max:
                if (_value is null || functions.CompareForOrderBy(value, _value) > 0)
                {
                    _value = value;
                }
                break;
            case AggregateKind.Sample:
                _value ??= value;
                break;
            case AggregateKind.GroupConcat:
                string text = value switch
                {
                    Literal literal => literal.LexicalForm,
                    Iri iri => iri.Value,
                    _ => throw new ExpressionErrorException("GROUP_CONCAT of a blank node."),
                };
                if (_count++ > 0)
                {
                    _concat!.Append(aggregate.Separator ?? " ");
                }
                _concat!.Append(text);
                break;
        }
    }
}
