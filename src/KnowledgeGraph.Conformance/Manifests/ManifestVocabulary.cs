using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>Terms of the W3C test manifest vocabularies (mf:, rdft:) that the harness reads.</summary>
public static class ManifestVocabulary
{
    /// <summary>The <c>mf:</c> namespace.</summary>
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    /// <summary>The <c>rdft:</c> namespace.</summary>
    public const string Rdft = "http://www.w3.org/ns/rdftest#";

    /// <summary><c>mf:Manifest</c>.</summary>
    public static readonly Iri Manifest = new(Mf + "Manifest");
    /// <summary><c>mf:entries</c>.</summary>
    public static readonly Iri Entries = new(Mf + "entries");
    /// <summary><c>mf:include</c>.</summary>
    public static readonly Iri Include = new(Mf + "include");
    /// <summary><c>mf:name</c>.</summary>
    public static readonly Iri Name = new(Mf + "name");
    /// <summary><c>mf:action</c>.</summary>
    public static readonly Iri Action = new(Mf + "action");
    /// <summary><c>mf:result</c>.</summary>
    public static readonly Iri Result = new(Mf + "result");
    /// <summary><c>mf:assumedTestBase</c>.</summary>
    public static readonly Iri AssumedTestBase = new(Mf + "assumedTestBase");
    /// <summary><c>rdft:approval</c> (older suites use <c>mf:approval</c> too).</summary>
    public static readonly Iri Approval = new(Rdft + "approval");
    /// <summary><c>mf:approval</c>.</summary>
    public static readonly Iri MfApproval = new(Mf + "approval");
    /// <summary><c>rdft:Rejected</c>.</summary>
    public static readonly Iri Rejected = new(Rdft + "Rejected");
    /// <summary><c>rdfs:label</c>.</summary>
    public static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");
    /// <summary><c>rdfs:comment</c>.</summary>
    public static readonly Iri Comment = new("http://www.w3.org/2000/01/rdf-schema#comment");
}
