using KnowledgeGraph.Rdf.Store;

namespace KnowledgeGraph.Sparql.Evaluation.Internal;

/// <summary>Which graph is active: the store's default graph, the merge of the FROM graphs, or one named graph.</summary>
internal readonly record struct GraphSelector(GraphSelectorKind Kind, TermId Graph)
{
    public static GraphSelector StoreDefault => new(GraphSelectorKind.StoreDefault, default);

    public static GraphSelector FromMerge => new(GraphSelectorKind.FromMerge, default);

    public static GraphSelector Named(TermId graph) => new(GraphSelectorKind.Named, graph);
}

/// <summary>The kinds of <see cref="GraphSelector"/>.</summary>
internal enum GraphSelectorKind : byte
{
    StoreDefault,
    FromMerge,
    Named,
}
