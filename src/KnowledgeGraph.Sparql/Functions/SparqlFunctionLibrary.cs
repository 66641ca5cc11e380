using System.Collections.Frozen;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Functions.Internal;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The operators and built-in functions of SPARQL 1.1 (sections 17.3 to 17.5) over the XSD value model: numeric
/// promotion and arithmetic, value comparison, string, date, hash and term functions, REGEX/REPLACE with XPath
/// regular expressions, and XSD casts. One instance may serve many queries and threads; it caches compiled regular
/// expressions.
/// </summary>
public sealed class SparqlFunctionLibrary : IFunctionLibrary
{
    private static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromSeconds(2);

    private readonly FrozenDictionary<string, FunctionEntry> _functions;

    /// <summary>Creates a library whose regular expressions give up (with an expression error) after two seconds.</summary>
    public SparqlFunctionLibrary()
        : this(DefaultRegexTimeout)
    {
    }

    /// <summary>Creates a library with the given limit on one regular expression match.</summary>
    /// <param name="regexTimeout">How long one REGEX or REPLACE match may run before it is an expression error.</param>
    public SparqlFunctionLibrary(TimeSpan regexTimeout)
    {
        _functions = FunctionTable.Build(new RegexFunctions(new RegexCache(regexTimeout)));
    }

    /// <inheritdoc/>
    public Term Invoke(string name, IReadOnlyList<Term> arguments, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (!_functions.TryGetValue(name, out FunctionEntry? entry))
        {
            throw new NotSupportedException($"Unknown function {name}.");
        }
        int count = arguments.Count;
        if (count < entry.MinArity || (entry.MaxArity >= 0 && count > entry.MaxArity))
        {
            throw new ExpressionErrorException($"{name}: wrong number of arguments ({count}).");
        }
        for (int i = 0; i < count; i++)
        {
            if (arguments[i] is null)
            {
                throw new ExpressionErrorException($"{name}: argument {i + 1} is unbound.");
            }
        }
        return entry.Body(arguments, context);
    }

    /// <inheritdoc/>
    public bool IsKnown(string name) => name is not null && _functions.ContainsKey(name);

    /// <inheritdoc/>
    public bool EffectiveBooleanValue(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return EffectiveBoolean.Of(term);
    }

    /// <inheritdoc/>
    public int CompareForOrderBy(Term? left, Term? right) => OrderByComparer.Compare(left, right);
}
