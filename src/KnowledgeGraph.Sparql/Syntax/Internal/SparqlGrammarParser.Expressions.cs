using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>Expressions, from <c>Expression</c> down to <c>PrimaryExpression</c>, built-in calls and aggregates.</summary>
internal sealed partial class SparqlGrammarParser
{
    /// <summary>Aggregates are allowed only in SELECT expressions, HAVING and ORDER BY, and never nested.</summary>
    private bool _aggregatesAllowed;

    private Expression Expression()
    {
        var left = ConditionalAnd();
        while (AcceptSymbol("||"))
        {
            left = new OrExpression(left, ConditionalAnd());
        }
        return left;
    }

    private Expression ConditionalAnd()
    {
        var left = RelationalExpression();
        while (AcceptSymbol("&&"))
        {
            left = new AndExpression(left, RelationalExpression());
        }
        return left;
    }

    private static readonly string[] Comparisons = ["=", "!=", "<", ">", "<=", ">="];

    private Expression RelationalExpression()
    {
        var left = AdditiveExpression();
        foreach (var op in Comparisons)
        {
            if (AcceptSymbol(op))
            {
                return Call(op, left, AdditiveExpression());
            }
        }
        if (AcceptWord("IN"))
        {
            return new InExpression(left, ExpressionList(), Negated: false);
        }
        if (Current.IsWord("NOT") && _lexer.Peek(1).IsWord("IN"))
        {
            Advance();
            Advance();
            return new InExpression(left, ExpressionList(), Negated: true);
        }
        return left;
    }

    private Expression AdditiveExpression()
    {
        var left = MultiplicativeExpression();
        while (true)
        {
            if (AcceptSymbol("+"))
            {
                left = Call("+", left, MultiplicativeExpression());
            }
            else if (AcceptSymbol("-"))
            {
                left = Call("-", left, MultiplicativeExpression());
            }
            else if (IsSignedNumber(Current))
            {
                // "?a -1" is two tokens, ?a and -1, and means ?a - 1 (grammar rule AdditiveExpression).
                var number = Advance();
                string op = number.Value[..1];
                var literal = Rdf.Terms.Literal.Typed(number.Value[1..], DatatypeOf(number.Kind));
                Expression right = new ConstantExpression(literal);
                while (true)
                {
                    if (AcceptSymbol("*"))
                    {
                        right = Call("*", right, UnaryExpression());
                    }
                    else if (AcceptSymbol("/"))
                    {
                        right = Call("/", right, UnaryExpression());
                    }
                    else
                    {
                        break;
                    }
                }
                left = Call(op, left, right);
            }
            else
            {
                return left;
            }
        }
    }

    private static bool IsSignedNumber(SparqlToken token) =>
        token.Kind is SparqlTokenKind.Integer or SparqlTokenKind.Decimal or SparqlTokenKind.Double
        && token.Value.Length > 0 && token.Value[0] is '+' or '-';

    private static Iri DatatypeOf(SparqlTokenKind kind) => kind switch
    {
        SparqlTokenKind.Integer => Xsd.Integer,
        SparqlTokenKind.Decimal => Xsd.Decimal,
        _ => Xsd.Double,
    };

    private Expression MultiplicativeExpression()
    {
        var left = UnaryExpression();
        while (true)
        {
            if (AcceptSymbol("*"))
            {
                left = Call("*", left, UnaryExpression());
            }
            else if (AcceptSymbol("/"))
            {
                left = Call("/", left, UnaryExpression());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression UnaryExpression()
    {
        if (AcceptSymbol("!"))
        {
            return new NotExpression(PrimaryExpression());
        }
        if (AcceptSymbol("+"))
        {
            return Call("UNARY+", PrimaryExpression());
        }
        if (AcceptSymbol("-"))
        {
            return Call("UNARY-", PrimaryExpression());
        }
        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        var token = Current;
        if (token.IsSymbol("("))
        {
            return BrackettedExpression();
        }
        if (token.Kind == SparqlTokenKind.Variable)
        {
            Advance();
            return new VariableExpression(token.Value);
        }
        if (IsIriStart)
        {
            return IriOrFunction();
        }
        if (IsLiteralStart)
        {
            return new ConstantExpression(Literal());
        }
        if (token.Kind == SparqlTokenKind.Word)
        {
            return BuiltInCall() ?? throw Expected("an expression");
        }
        throw Expected("an expression");
    }

    private Expression BrackettedExpression()
    {
        ExpectSymbol("(");
        var inner = Expression();
        ExpectSymbol(")");
        return inner;
    }

    /// <summary>Rule <c>Constraint</c>: a bracketed expression, a built-in call or a function call.</summary>
    private Expression Constraint()
    {
        if (Current.IsSymbol("("))
        {
            return BrackettedExpression();
        }
        if (IsIriStart)
        {
            return FunctionCall();
        }
        return BuiltInCall() ?? throw Expected("'(', a built-in call or a function call");
    }

    private Expression FunctionCall()
    {
        var start = Current;
        var call = IriOrFunction();
        return call is FunctionCallExpression ? call : throw ErrorAt(start, $"expected a function call, found {start.Display} without arguments");
    }

    /// <summary>Rule <c>iriOrFunction</c>.</summary>
    private Expression IriOrFunction()
    {
        var iri = Iri();
        if (!Current.IsSymbol("("))
        {
            return new ConstantExpression(iri);
        }
        Advance();
        if (AcceptSymbol(")"))
        {
            return new FunctionCallExpression(iri.Value, SyntaxList<Expression>.Empty);
        }
        bool distinct = AcceptWord("DISTINCT");
        var arguments = new List<Expression> { Expression() };
        while (AcceptSymbol(","))
        {
            arguments.Add(Expression());
        }
        ExpectSymbol(")");
        return new FunctionCallExpression(iri.Value, ListOf(arguments), distinct);
    }

    /// <summary>Rule <c>ExpressionList</c>: <c>()</c> or <c>( e, e, ... )</c>.</summary>
    private SyntaxList<Expression> ExpressionList()
    {
        ExpectSymbol("(");
        var items = new List<Expression>();
        if (!AcceptSymbol(")"))
        {
            do
            {
                items.Add(Expression());
            }
            while (AcceptSymbol(","));
            ExpectSymbol(")");
        }
        return ListOf(items);
    }

    /// <summary>Rule <c>BuiltInCall</c>, or null when the current word is not a built-in's keyword.</summary>
    private Expression? BuiltInCall()
    {
        var token = Current;
        if (token.Kind != SparqlTokenKind.Word)
        {
            return null;
        }
        string name = token.Value.ToUpperInvariant();
        if (BuiltInCatalog.IsAggregate(name))
        {
            return Aggregate();
        }
        switch (name)
        {
            case "BOUND":
                Advance();
                ExpectSymbol("(");
                var variable = Current.Kind == SparqlTokenKind.Variable ? Advance() : throw Expected("a variable in BOUND");
                ExpectSymbol(")");
                return new BoundExpression(variable.Value);
            case "IF":
                Advance();
                ExpectSymbol("(");
                var condition = Expression();
                ExpectSymbol(",");
                var then = Expression();
                ExpectSymbol(",");
                var otherwise = Expression();
                ExpectSymbol(")");
                return new IfExpression(condition, then, otherwise);
            case "COALESCE":
                Advance();
                return new CoalesceExpression(ExpressionList());
            case "EXISTS":
                Advance();
                return new ExistsExpression(ExistsPattern(), Negated: false);
            case "NOT":
                Advance();
                ExpectWord("EXISTS");
                return new ExistsExpression(ExistsPattern(), Negated: true);
        }
        if (!BuiltInCatalog.TryGetArity(name, out var arity))
        {
            return null;
        }
        Advance();
        var arguments = ExpressionList();
        if (arguments.Count < arity.Min || (arity.Max >= 0 && arguments.Count > arity.Max))
        {
            string expected = arity.Min == arity.Max ? arity.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : arity.Max < 0 ? $"at least {arity.Min}" : $"{arity.Min} to {arity.Max}";
            throw ErrorAt(token, $"{name} takes {expected} argument(s), found {arguments.Count}");
        }
        return new FunctionCallExpression(BuiltInCatalog.CanonicalName(name), arguments);
    }

    private GroupPattern ExistsPattern()
    {
        bool saved = _aggregatesAllowed;
        _aggregatesAllowed = false;
        var pattern = GroupGraphPattern();
        _aggregatesAllowed = saved;
        return pattern;
    }

    /// <summary>Rule <c>Aggregate</c>.</summary>
    private AggregateExpression Aggregate()
    {
        var token = Advance();
        string name = token.Value.ToUpperInvariant();
        if (!_aggregatesAllowed)
        {
            throw ErrorAt(token, $"the aggregate {name} is only allowed in SELECT, HAVING and ORDER BY, and not inside another aggregate");
        }
        ExpectSymbol("(");
        bool distinct = AcceptWord("DISTINCT");
        _aggregatesAllowed = false;
        Expression? argument;
        string? separator = null;
        if (name == "COUNT" && AcceptSymbol("*"))
        {
            argument = null;
        }
        else
        {
            argument = Expression();
        }
        if (name == "GROUP_CONCAT" && AcceptSymbol(";"))
        {
            ExpectWord("SEPARATOR");
            ExpectSymbol("=");
            separator = Current.Kind == SparqlTokenKind.String ? Advance().Value : throw Expected("a string after SEPARATOR =");
        }
        _aggregatesAllowed = true;
        ExpectSymbol(")");
        return new AggregateExpression(name, distinct, argument, separator);
    }

    private static FunctionCallExpression Call(string name, params Expression[] arguments) =>
        new(name, new SyntaxList<Expression>(arguments));
}
