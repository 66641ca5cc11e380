using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>Keeps the rows whose condition is true; an error counts as false.</summary>
internal sealed class FilterNode(QueryContext context, PlanNode input, Evaluator condition, int[] strictSlots, ExpressionCompiler expressions) : PlanNode(context)
{
    public override bool PushFriendly => input.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            if (ExpressionCompiler.StrictSlotsBound(strictSlots, row) && expressions.Test(condition, row, graph))
            {
                yield return row;
            }
        }
    }
}
