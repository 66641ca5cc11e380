using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>BIND: adds the value; an error leaves the variable unbound; a value that conflicts with a pushed-in binding drops the row.</summary>
internal sealed class ExtendNode(QueryContext context, PlanNode input, int slot, Evaluator expression, int[] strictSlots) : PlanNode(context)
{
    public override bool PushFriendly => input.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            Context.FunctionContext.BlankNodeScope.Clear();
            TermId value = default;
            try
            {
                if (ExpressionCompiler.StrictSlotsBound(strictSlots, row))
                {
                    value = Context.Encode(expression(row, graph));
                }
            }
            catch (ExpressionErrorException)
            {
                // An error leaves the variable unbound; the row passes unchanged.
            }
            if (value.Value == 0)
            {
                yield return row;
            }
            else if (row[slot].Value == 0)
            {
                var extended = (TermId[])row.Clone();
                extended[slot] = value;
                yield return extended;
            }
            else if (row[slot] == value)
            {
                yield return row;
            }
        }
    }
}
