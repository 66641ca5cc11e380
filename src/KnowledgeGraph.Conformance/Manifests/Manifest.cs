namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>A loaded manifest: where it is, what it assumes, its own graph and its entries (after <c>mf:include</c>).</summary>
public sealed class Manifest
{
    internal Manifest(string path, string iri, string? label, string? assumedTestBase, ManifestGraph graph)
    {
        Path = path;
        Iri = iri;
        Label = label;
        AssumedTestBase = assumedTestBase;
        Graph = graph;
    }

    /// <summary>The local file path.</summary>
    public string Path { get; }

    /// <summary>The manifest's <c>file:</c> IRI, the base its relative IRIs were resolved against.</summary>
    public string Iri { get; }

    /// <summary>The manifest's <c>rdfs:label</c>.</summary>
    public string? Label { get; }

    /// <summary>The <c>mf:assumedTestBase</c>, or null.</summary>
    public string? AssumedTestBase { get; }

    /// <summary>The manifest's triples.</summary>
    public ManifestGraph Graph { get; }

    /// <summary>The tests listed by <c>mf:entries</c>, in order.</summary>
    public IReadOnlyList<W3cTestCase> Entries { get; internal set; } = [];

    /// <summary>Manifests named by <c>mf:include</c>.</summary>
    public IReadOnlyList<Manifest> Includes { get; internal set; } = [];

    /// <summary>This manifest's tests followed by those of every included manifest, depth first.</summary>
    public IEnumerable<W3cTestCase> AllTests() => Entries.Concat(Includes.SelectMany(m => m.AllTests()));
}
