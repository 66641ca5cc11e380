using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>
/// A compiled operator. <see cref="Run"/> yields, lazily, the solutions of the operator joined with
/// the parent row (every yielded row extends the parent): passing the left row of a join as the parent is
/// how bindings are pushed into index lookups. The compiler guarantees that a node receiving a parent returns exactly
/// Join({parent}, eval(op)); nodes for which pushing would change the meaning are wrapped in <see cref="IsolatedNode"/>.
/// </summary>
internal abstract class PlanNode
{
    protected PlanNode(QueryContext context) => Context = context;

    protected QueryContext Context { get; }

    /// <summary>Whether running once per parent row is cheap (no isolated or materialising node on the way).</summary>
    public virtual bool PushFriendly => true;

    public abstract IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph);
}
