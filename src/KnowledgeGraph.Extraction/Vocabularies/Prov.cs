using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Vocabularies;

/// <summary>PROV-O.</summary>
public static class Prov
{
    /// <summary>The namespace IRI.</summary>
    public const string Namespace = "http://www.w3.org/ns/prov#";

    /// <summary><c>Entity</c>.</summary>
    public static readonly Iri Entity = new(Namespace + "Entity");

    /// <summary><c>Activity</c>.</summary>
    public static readonly Iri Activity = new(Namespace + "Activity");

    /// <summary><c>SoftwareAgent</c>.</summary>
    public static readonly Iri SoftwareAgent = new(Namespace + "SoftwareAgent");

    /// <summary><c>wasDerivedFrom</c>.</summary>
    public static readonly Iri WasDerivedFrom = new(Namespace + "wasDerivedFrom");

    /// <summary><c>wasGeneratedBy</c>.</summary>
    public static readonly Iri WasGeneratedBy = new(Namespace + "wasGeneratedBy");

    /// <summary><c>used</c>.</summary>
    public static readonly Iri Used = new(Namespace + "used");

    /// <summary><c>wasAssociatedWith</c>.</summary>
    public static readonly Iri WasAssociatedWith = new(Namespace + "wasAssociatedWith");

    /// <summary><c>generatedAtTime</c>.</summary>
    public static readonly Iri GeneratedAtTime = new(Namespace + "generatedAtTime");
}
