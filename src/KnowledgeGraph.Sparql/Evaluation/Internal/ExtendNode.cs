using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>BIND: adds the value; an error leaves the variable unbound; a value that conflicts with a pushed-in binding drops the row.</summary>
// Fix by the sparql-query helper (bnode01): consecutive extends (the select expressions of one SELECT) compute one
// solution, so only the innermost of a chain starts a new BNODE(str) scope; see PlanCompiler's ExtendOp case.
internal sealed class ExtendNode(QueryContext context, PlanNode input, int slot, Evaluator expression, int[] strictSlots, bool newSolution = true) : PlanNode(context)
{
    public override bool PushFriendly => input.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        foreach (TermId[] row in input.Run(parent, graph))
        {
            Context.Tick();
            if (newSolution)
            {
                Context.FunctionContext.BlankNodeScope.Clear();
            }
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
