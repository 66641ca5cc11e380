using FsCheck.Xunit;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public sealed class ExpressionRoundTripProperties
{
    private static readonly string[] Binary = ["=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/"];
    private static readonly (string Name, int Arity)[] BuiltIns = [("STR", 1), ("STRLEN", 1), ("CONCAT", 3), ("SUBSTR", 2), ("REGEX", 3), ("NOW", 0), ("SAMETERM", 2)];
    private static readonly Term[] Constants =
    [
        Literal.Typed("-1", Xsd.Integer), Literal.Typed("2.5", Xsd.Decimal), Literal.Typed("1e3", Xsd.Double),
        Literal.Simple("a \"quoted\"\nline"), Literal.LanguageTagged("chat", "fr"), Literal.Typed("true", Xsd.Boolean),
        new Iri("http://example.org/x"), Literal.Typed("x", new Iri("http://example.org/dt")),
    ];

    /// <summary>Decodes bytes into an expression tree, prints it inside a FILTER and parses it back.</summary>
    [Property(MaxTest = 300)]
    public void Printed_expression_parses_back_to_the_same_tree(byte[] script)
    {
        int position = 0;
        var expression = Build(script, ref position, depth: 0);
        var query = new SelectQuery(
            ProjectionModifier.None,
            SyntaxList<SelectItem>.Empty,
            DatasetClause.Empty,
            new GroupPattern(new([new FilterPattern(expression)])),
            SolutionModifier.Empty,
            null);
        string printed = SparqlSyntaxWriter.Write(query);
        Assert.Equal(query, SparqlParser.ParseQuery(printed));
    }

    private static int Next(byte[] script, ref int position) => script.Length == 0 ? 0 : script[position++ % script.Length] + position;

    private static Expression Build(byte[] script, ref int position, int depth)
    {
        int choice = Next(script, ref position) % (depth > 3 ? 2 : 12);
        switch (choice)
        {
            case 0:
                return new VariableExpression("v" + (Next(script, ref position) % 3));
            case 1:
                return new ConstantExpression(Constants[Next(script, ref position) % Constants.Length]);
            case 2:
                return new FunctionCallExpression(Binary[Next(script, ref position) % Binary.Length], new([Build(script, ref position, depth + 1), Build(script, ref position, depth + 1)]));
            case 3:
                return new FunctionCallExpression(Next(script, ref position) % 2 == 0 ? "UNARY-" : "UNARY+", new([Build(script, ref position, depth + 1)]));
            case 4:
                return new AndExpression(Build(script, ref position, depth + 1), Build(script, ref position, depth + 1));
            case 5:
                return new OrExpression(Build(script, ref position, depth + 1), Build(script, ref position, depth + 1));
            case 6:
                return new NotExpression(Build(script, ref position, depth + 1));
            case 7:
                var (name, arity) = BuiltIns[Next(script, ref position) % BuiltIns.Length];
                var arguments = new List<Expression>();
                for (int i = 0; i < arity; i++)
                {
                    arguments.Add(Build(script, ref position, depth + 1));
                }
                return new FunctionCallExpression(name, new(arguments));
            case 8:
                return new InExpression(Build(script, ref position, depth + 1), new([Build(script, ref position, depth + 1)]), Next(script, ref position) % 2 == 0);
            case 9:
                return new IfExpression(Build(script, ref position, depth + 1), Build(script, ref position, depth + 1), Build(script, ref position, depth + 1));
            case 10:
                return new CoalesceExpression(new([Build(script, ref position, depth + 1)]));
            default:
                return new FunctionCallExpression("http://example.org/f", new([Build(script, ref position, depth + 1)]), Next(script, ref position) % 2 == 0);
        }
    }
}
