using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>SERVICE without federation: an error, or with SILENT the parent unchanged (one empty solution).</summary>
internal sealed class ServiceNode(QueryContext context, bool silent, string endpoint) : PlanNode(context)
{
    public override IEnumerable<TermId[]> Run(TermId[] parent, GraphSelector graph)
    {
        if (!silent)
        {
            throw new NotSupportedException($"SERVICE {endpoint} is not supported: this engine does not query remote endpoints.");
        }
        yield return parent;
    }
}
