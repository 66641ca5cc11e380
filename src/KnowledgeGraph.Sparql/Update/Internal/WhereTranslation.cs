using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Translation;
using S = KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update.Internal;

/// <summary>Translates the WHERE clause of DELETE/INSERT into algebra, as a query's WHERE clause would be.</summary>
internal static class WhereTranslation
{
    public static AlgebraOp Translate(S.GroupPattern where) => AlgebraTranslator.TranslatePattern(where);
}
