using System.Globalization;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// A small stand-in for the real function library: comparisons and arithmetic on integers/decimals, string
/// comparison, STR, SAMETERM. Enough to exercise the evaluator's own logic.
/// </summary>
internal sealed class TestFunctions : IFunctionLibrary
{
    public Term Invoke(string name, IReadOnlyList<Term> arguments, FunctionContext context)
    {
        switch (name)
        {
            case "=":
                return Bool(AreEqual(arguments[0], arguments[1]));
            case "!=":
                return Bool(!AreEqual(arguments[0], arguments[1]));
            case "<":
                return Bool(Compare(arguments[0], arguments[1]) < 0);
            case ">":
                return Bool(Compare(arguments[0], arguments[1]) > 0);
            case "<=":
                return Bool(Compare(arguments[0], arguments[1]) <= 0);
            case ">=":
                return Bool(Compare(arguments[0], arguments[1]) >= 0);
            case "+":
                return Arithmetic(arguments, static (a, b) => a + b);
            case "-":
                return Arithmetic(arguments, static (a, b) => a - b);
            case "*":
                return Arithmetic(arguments, static (a, b) => a * b);
            case "/":
                decimal divisor = Number(arguments[1]);
                return divisor == 0 ? throw new ExpressionErrorException("Division by zero.") : Decimal(Number(arguments[0]) / divisor);
            case "STR":
                return arguments[0] switch
                {
                    Iri iri => Literal.Simple(iri.Value),
                    Literal literal => Literal.Simple(literal.LexicalForm),
                    _ => throw new ExpressionErrorException("STR of a blank node."),
                };
            case "SAMETERM":
                return Bool(arguments[0].Equals(arguments[1]));
            default:
                throw new NotSupportedException(name);
        }
    }

    public bool IsKnown(string name) => name is "=" or "!=" or "<" or ">" or "<=" or ">=" or "+" or "-" or "*" or "/" or "STR" or "SAMETERM";

    public bool EffectiveBooleanValue(Term term)
    {
        if (term is Literal literal)
        {
            if (literal.Datatype.Equals(Xsd.Boolean))
            {
                return literal.LexicalForm is "true" or "1";
            }
            if (IsNumeric(literal))
            {
                return Number(literal) != 0;
            }
            if (literal.Datatype.Equals(Xsd.String))
            {
                return literal.LexicalForm.Length > 0;
            }
        }
        throw new ExpressionErrorException("No effective boolean value.");
    }

    public int CompareForOrderBy(Term? left, Term? right)
    {
        int Rank(Term? t) => t switch { null => 0, BlankNode => 1, Iri => 2, _ => 3 };
        int byKind = Rank(left).CompareTo(Rank(right));
        if (byKind != 0 || left is null || right is null)
        {
            return byKind;
        }
        if (left is Literal a && right is Literal b && IsNumeric(a) && IsNumeric(b))
        {
            return Number(a).CompareTo(Number(b));
        }
        return string.CompareOrdinal(left.ToString(), right.ToString());
    }

    public static Literal Bool(bool value) => Literal.Typed(value ? "true" : "false", Xsd.Boolean);

    private static bool AreEqual(Term a, Term b)
    {
        if (a is Literal x && b is Literal y)
        {
            if (IsNumeric(x) && IsNumeric(y))
            {
                return Number(x) == Number(y);
            }
            if (x.Datatype.Equals(y.Datatype))
            {
                return x.Equals(y);
            }
            throw new ExpressionErrorException("Incomparable literals.");
        }
        return a.Equals(b);
    }

    private static int Compare(Term a, Term b)
    {
        if (a is Literal x && b is Literal y)
        {
            if (IsNumeric(x) && IsNumeric(y))
            {
                return Number(x).CompareTo(Number(y));
            }
            if (x.Datatype.Equals(Xsd.String) && y.Datatype.Equals(Xsd.String))
            {
                return string.CompareOrdinal(x.LexicalForm, y.LexicalForm);
            }
        }
        throw new ExpressionErrorException("Incomparable terms.");
    }

    private static Term Arithmetic(IReadOnlyList<Term> arguments, Func<decimal, decimal, decimal> op)
    {
        decimal result = op(Number(arguments[0]), Number(arguments[1]));
        bool integers = arguments.All(static a => a is Literal l && l.Datatype.Equals(Xsd.Integer));
        return integers ? Literal.Typed(result.ToString("0", CultureInfo.InvariantCulture), Xsd.Integer) : Decimal(result);
    }

    private static Literal Decimal(decimal value) => Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Xsd.Decimal);

    private static bool IsNumeric(Literal literal) => literal.Datatype.Equals(Xsd.Integer) || literal.Datatype.Equals(Xsd.Decimal);

    private static decimal Number(Term term) =>
        term is Literal literal && IsNumeric(literal) && decimal.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw new ExpressionErrorException("Not a number.");
}
