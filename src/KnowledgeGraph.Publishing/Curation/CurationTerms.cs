using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing.Curation;

/// <summary>
/// The curation vocabulary (defined in <c>ontology/kgo.ttl</c>): what a user writes in <c>curation/*.ttl</c> to merge,
/// split, retype, relabel or delete entities and to add or remove single statements.
/// </summary>
public static class CurationTerms
{
    /// <summary><c>kgo:mergeInto</c>: the subject is the same entity as the object; the subject's IRI goes away.</summary>
    public static readonly Iri MergeInto = new(Kgo.Namespace + "mergeInto");

    /// <summary><c>kgo:retypeAs</c>: the entity's class is the object (its aligned superclasses follow from the ontology).</summary>
    public static readonly Iri RetypeAs = new(Kgo.Namespace + "retypeAs");

    /// <summary><c>kgo:relabelAs</c>: the entity's preferred label; the old one is kept as an alternate name.</summary>
    public static readonly Iri RelabelAs = new(Kgo.Namespace + "relabelAs");

    /// <summary><c>kgo:deleteEntity true</c>: the entity, its mentions and every statement about it are removed.</summary>
    public static readonly Iri DeleteEntity = new(Kgo.Namespace + "deleteEntity");

    /// <summary><c>kgo:EntitySplit</c>: moves some mentions of an entity to a new one.</summary>
    public static readonly Iri EntitySplit = new(Kgo.Namespace + "EntitySplit");

    /// <summary><c>kgo:splitFrom</c>: the entity a split takes mentions from.</summary>
    public static readonly Iri SplitFrom = new(Kgo.Namespace + "splitFrom");

    /// <summary><c>kgo:newEntity</c>: the IRI of the entity a split creates.</summary>
    public static readonly Iri NewEntity = new(Kgo.Namespace + "newEntity");

    /// <summary><c>kgo:newLabel</c>: the label of the entity a split creates.</summary>
    public static readonly Iri NewLabel = new(Kgo.Namespace + "newLabel");

    /// <summary><c>kgo:mentionText</c>: the exact text of the mentions a split moves.</summary>
    public static readonly Iri MentionText = new(Kgo.Namespace + "mentionText");

    /// <summary><c>kgo:StatementAddition</c>: a reified statement (rdf:subject, rdf:predicate, rdf:object) to add.</summary>
    public static readonly Iri StatementAddition = new(Kgo.Namespace + "StatementAddition");

    /// <summary><c>kgo:StatementRemoval</c>: a reified statement to remove from every graph.</summary>
    public static readonly Iri StatementRemoval = new(Kgo.Namespace + "StatementRemoval");

    /// <summary>The curation terms a file may use; any other term of the ontology's namespace in a curation file is a mistake.</summary>
    public static IReadOnlySet<Iri> All { get; } = new HashSet<Iri>
    {
        MergeInto, RetypeAs, RelabelAs, DeleteEntity, EntitySplit, SplitFrom, NewEntity, NewLabel, MentionText,
        StatementAddition, StatementRemoval,
    };
}
