using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// The SPARQL operators and built-in functions whose arguments are all evaluated first (SPARQL 1.1 sections 17.3 and
/// 17.4), plus XSD casts and the ordering of ORDER BY. The evaluator handles the functional forms that need lazy or
/// error-tolerant evaluation itself (<c>BOUND</c>, <c>IF</c>, <c>COALESCE</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>,
/// <c>IN</c>/<c>NOT IN</c>, <c>EXISTS</c>), and aggregates.
/// </summary>
public interface IFunctionLibrary
{
    /// <summary>
    /// Calls an operator or function. <paramref name="name"/> is an operator symbol (<c>=</c>, <c>!=</c>, <c>&lt;</c>,
    /// <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>+</c>, <c>-</c>, <c>*</c>, <c>/</c>, and <c>UNARY+</c>/<c>UNARY-</c>),
    /// a built-in's keyword in upper case (<c>STRLEN</c>, <c>REGEX</c>, <c>SAMETERM</c>, <c>ISIRI</c>...), or the full IRI of an
    /// XSD cast (<c>http://www.w3.org/2001/XMLSchema#integer</c>) or extension function.
    /// </summary>
    /// <returns>The resulting term.</returns>
    /// <exception cref="ExpressionErrorException">The call is a SPARQL evaluation error (type error, bad cast...).</exception>
    /// <exception cref="NotSupportedException">The name is not a known function.</exception>
    Term Invoke(string name, IReadOnlyList<Term> arguments, FunctionContext context);

    /// <summary>Whether a function of this name exists (for reporting unknown functions at parse time).</summary>
    bool IsKnown(string name);

    /// <summary>The effective boolean value (section 17.2.2).</summary>
    /// <exception cref="ExpressionErrorException">The term has no effective boolean value.</exception>
    bool EffectiveBooleanValue(Term term);

    /// <summary>
    /// The total order ORDER BY uses (section 15.1): unbound (null) first, then blank nodes, IRIs, literals; literals
    /// compared with <c>&lt;</c> where it is defined, otherwise by a fixed, deterministic order.
    /// </summary>
    int CompareForOrderBy(Term? left, Term? right);
}
