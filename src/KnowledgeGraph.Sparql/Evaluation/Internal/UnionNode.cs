using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>The rows of the left branch, then those of the right.</summary>
internal sealed class UnionNode(QueryContext context, PlanNode left, PlanNode right) : PlanNode(context)
{
    public override bool PushFriendly => left.PushFriendly && right.PushFriendly;

    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph) =>
        left.Run(parent, graph).Concat(right.Run(parent, graph));
}
