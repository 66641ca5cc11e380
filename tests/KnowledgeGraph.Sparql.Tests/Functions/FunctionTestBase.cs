using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>Calls the library with arguments in <see cref="TermNotation"/> and checks results the same way.</summary>
public abstract class FunctionTestBase
{
    protected SparqlFunctionLibrary Library { get; } = new();

    protected FunctionContext Context { get; } = new(
        new DateTimeOffset(2026, 11, 25, 10, 30, 15, 250, TimeSpan.FromHours(1)), "http://example.org/base/", new Random(42));

    protected static Term T(string text) => TermNotation.Parse(text);

    protected Term Call(string name, params string[] arguments) =>
        Library.Invoke(name, arguments.Select(TermNotation.Parse).ToArray(), Context);

    protected void AssertResult(string expected, string name, params string[] arguments) =>
        Assert.Equal(T(expected), Call(name, arguments));

    protected void AssertError(string name, params string[] arguments) =>
        Assert.Throws<ExpressionErrorException>(() => Call(name, arguments));

    protected bool IsTrue(string name, params string[] arguments) => Library.EffectiveBooleanValue(Call(name, arguments));
}
