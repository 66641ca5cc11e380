using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Syntax.Internal;

/// <summary>
/// Prints AST nodes as SPARQL text (see <see cref="SparqlSyntaxWriter"/>). This part holds terms, triples, paths and
/// expressions; the other part holds patterns, queries and updates.
/// </summary>
internal sealed partial class SparqlAstPrinter
{
    private readonly StringBuilder _out = new();
    private int _indent;

    public override string ToString() => _out.ToString();

    private SparqlAstPrinter Text(string text)
    {
        _out.Append(text);
        return this;
    }

    private void NewLine()
    {
        _out.Append('\n').Append(' ', _indent * 2);
    }

    public void Term(Term term)
    {
        switch (term)
        {
            case Iri iri:
                _out.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode blank:
                _out.Append("_:").Append(blank.Label);
                break;
            case Literal literal:
                Quoted(literal.LexicalForm);
                if (literal.HasLanguage)
                {
                    _out.Append('@').Append(literal.Language);
                }
                else if (!literal.Datatype.Equals(Xsd.String))
                {
                    _out.Append("^^");
                    Term(literal.Datatype);
                }
                break;
            default:
                throw new NotSupportedException($"SPARQL 1.1 has no syntax for {term.Kind} terms.");
        }
    }

    private void Quoted(string value)
    {
        _out.Append('"');
        foreach (char c in value)
        {
            _out.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => c.ToString(),
            });
        }
        _out.Append('"');
    }

    private void Node(PatternNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                _out.Append('?').Append(variable.Name);
                break;
            case TermNode term:
                Term(term.Term);
                break;
        }
    }

    private void Triple(TriplePatternBase triple)
    {
        Node(triple.Subject);
        _out.Append(' ');
        switch (triple)
        {
            case TriplePattern plain:
                Node(plain.Predicate);
                break;
            case PathPattern path:
                Path(path.Path);
                break;
        }
        _out.Append(' ');
        Node(triple.Object);
        _out.Append(" .");
    }

    private void Triples<T>(IEnumerable<T> triples)
        where T : TriplePatternBase
    {
        foreach (var triple in triples)
        {
            NewLine();
            Triple(triple);
        }
    }

    private void Path(PropertyPath path)
    {
        switch (path)
        {
            case PathLink link:
                Term(link.Iri);
                break;
            case PathInverse inverse:
                _out.Append("^(");
                Path(inverse.Path);
                _out.Append(')');
                break;
            case PathSequence sequence:
                Joined(sequence.Steps, " / ");
                break;
            case PathAlternative alternative:
                Joined(alternative.Alternatives, " | ");
                break;
            case PathRepeat repeat:
                _out.Append('(');
                Path(repeat.Path);
                _out.Append(')').Append(repeat.Modifier switch
                {
                    PathModifier.ZeroOrMore => '*',
                    PathModifier.OneOrMore => '+',
                    _ => '?',
                });
                break;
            case PathNegatedSet negated:
                _out.Append("!(");
                string separator = "";
                foreach (var iri in negated.Forward)
                {
                    _out.Append(separator);
                    Term(iri);
                    separator = " | ";
                }
                foreach (var iri in negated.Inverse)
                {
                    _out.Append(separator).Append('^');
                    Term(iri);
                    separator = " | ";
                }
                _out.Append(')');
                break;
        }
    }

    private void Joined(IEnumerable<PropertyPath> paths, string separator)
    {
        _out.Append('(');
        bool first = true;
        foreach (var step in paths)
        {
            if (!first)
            {
                _out.Append(separator);
            }
            Path(step);
            first = false;
        }
        _out.Append(')');
    }

    public void Expression(Expression expression)
    {
        switch (expression)
        {
            case VariableExpression variable:
                _out.Append('?').Append(variable.Name);
                break;
            case ConstantExpression constant:
                Term(constant.Value);
                break;
            case FunctionCallExpression call:
                Call(call);
                break;
            case AndExpression and:
                Binary(and.Left, "&&", and.Right);
                break;
            case OrExpression or:
                Binary(or.Left, "||", or.Right);
                break;
            case NotExpression not:
                _out.Append("!(");
                Expression(not.Operand);
                _out.Append(')');
                break;
            case BoundExpression bound:
                _out.Append("BOUND(?").Append(bound.Variable).Append(')');
                break;
            case IfExpression conditional:
                _out.Append("IF(");
                Arguments([conditional.Condition, conditional.Then, conditional.Else]);
                _out.Append(')');
                break;
            case CoalesceExpression coalesce:
                _out.Append("COALESCE(");
                Arguments(coalesce.Arguments);
                _out.Append(')');
                break;
            case InExpression @in:
                _out.Append('(');
                Expression(@in.Operand);
                _out.Append(@in.Negated ? " NOT IN (" : " IN (");
                Arguments(@in.Candidates);
                _out.Append("))");
                break;
            case ExistsExpression exists:
                _out.Append(exists.Negated ? "NOT EXISTS " : "EXISTS ");
                Group(exists.Pattern);
                break;
            case AggregateExpression aggregate:
                _out.Append(aggregate.Name).Append('(');
                if (aggregate.Distinct)
                {
                    _out.Append("DISTINCT ");
                }
                if (aggregate.Argument is null)
                {
                    _out.Append('*');
                }
                else
                {
                    Expression(aggregate.Argument);
                }
                if (aggregate.Separator is not null)
                {
                    _out.Append(" ; SEPARATOR = ");
                    Quoted(aggregate.Separator);
                }
                _out.Append(')');
                break;
            default:
                throw new NotSupportedException($"Unknown expression node {expression.GetType().Name}.");
        }
    }

    private static readonly HashSet<string> BinaryOperators = new(StringComparer.Ordinal) { "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/" };

    private void Call(FunctionCallExpression call)
    {
        if (call.Arguments.Count == 2 && BinaryOperators.Contains(call.Name))
        {
            Binary(call.Arguments[0], call.Name, call.Arguments[1]);
            return;
        }
        if (call.Arguments.Count == 1 && call.Name is "UNARY+" or "UNARY-")
        {
            _out.Append(call.Name[^1]).Append('(');
            Expression(call.Arguments[0]);
            _out.Append(')');
            return;
        }
        if (call.IsIriFunction)
        {
            Term(new Iri(call.Name));
        }
        else
        {
            _out.Append(call.Name);
        }
        _out.Append('(');
        if (call.Distinct)
        {
            _out.Append("DISTINCT ");
        }
        Arguments(call.Arguments);
        _out.Append(')');
    }

    private void Binary(Expression left, string op, Expression right)
    {
        _out.Append('(');
        Expression(left);
        _out.Append(' ').Append(op).Append(' ');
        Expression(right);
        _out.Append(')');
    }

    private void Arguments(IEnumerable<Expression> arguments)
    {
        bool first = true;
        foreach (var argument in arguments)
        {
            if (!first)
            {
                _out.Append(", ");
            }
            Expression(argument);
            first = false;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
