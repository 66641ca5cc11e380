using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>One entry of a W3C test manifest.</summary>
/// <param name="Id">The test's IRI as read from the local manifest (a <c>file:</c> IRI).</param>
/// <param name="Key">A location-independent key, <c>suite/folder/manifest.ttl#name</c>, used by the skip list.</param>
/// <param name="Name">The test's <c>mf:name</c>, or the fragment of its IRI.</param>
/// <param name="Type">The test type, e.g. <c>rdft:TestTurtleEval</c>.</param>
/// <param name="Action">The <c>mf:action</c> (a file IRI, or a node with more properties), or null.</param>
/// <param name="Result">The <c>mf:result</c>, or null.</param>
/// <param name="Manifest">The manifest the entry came from.</param>
public sealed record W3cTestCase(Iri Id, string Key, string Name, Iri Type, Term? Action, Term? Result, Manifest Manifest)
{
    /// <summary>
    /// The base IRI a test file should be parsed with: the manifest's <c>mf:assumedTestBase</c> plus the file's path
    /// relative to the manifest, or the file's own IRI when the manifest assumes no base.
    /// </summary>
    public string BaseIriFor(string fileIri)
    {
        if (Manifest.AssumedTestBase is null)
        {
            return fileIri;
        }
        string manifestFolder = Manifest.Iri[..(Manifest.Iri.LastIndexOf('/') + 1)];
        return fileIri.StartsWith(manifestFolder, StringComparison.Ordinal)
            ? Manifest.AssumedTestBase + fileIri[manifestFolder.Length..]
            : fileIri;
    }

    /// <inheritdoc/>
    public override string ToString() => Key;
}
