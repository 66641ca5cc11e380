using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Functions.Internal;

/// <summary>One callable of the library: its arity (maximum -1 for any number) and body.</summary>
internal sealed record FunctionEntry(int MinArity, int MaxArity, Func<IReadOnlyList<Term>, FunctionContext, Term> Body);
