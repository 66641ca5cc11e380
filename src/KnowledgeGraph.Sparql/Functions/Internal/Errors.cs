using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>Builds the expression errors the functions raise, with messages that help when debugging a query.</summary>
internal static class Errors
{
    public static ExpressionErrorException Type(string function, string expected, Term term) =>
        new($"{function}: expected {expected}, got {term}.");

    public static ExpressionErrorException Of(string function, string problem) => new($"{function}: {problem}.");
}
