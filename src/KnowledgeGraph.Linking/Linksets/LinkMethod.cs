namespace KnowledgeGraph.Linking.Linksets;

/// <summary>How a link was made.</summary>
public enum LinkMethod
{
    /// <summary>A person checked the item by hand.</summary>
    ManualReview,

    /// <summary>The reconciler scored it above its acceptance threshold.</summary>
    AutomaticReconciliation,
}
