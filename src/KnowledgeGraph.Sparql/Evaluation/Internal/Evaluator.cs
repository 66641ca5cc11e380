using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>A compiled expression: its value for a row in an active graph, or an <see cref="Expressions.ExpressionErrorException"/>.</summary>
internal delegate Term Evaluator(TermId[] row, GraphSelector graph);
