using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Conformance.Manifests;

/// <summary>
/// Loads W3C test manifests (Turtle) from disk, following <c>mf:include</c>. Relative IRIs in a manifest resolve
/// against its <c>file:</c> IRI, so actions and results point at the local files.
/// </summary>
public sealed class ManifestLoader
{
    private readonly RdfFormatRegistry _formats;

    /// <summary>Creates a loader that reads manifests with the given formats.</summary>
    public ManifestLoader(RdfFormatRegistry formats) => _formats = formats;

    /// <summary>Loads the manifest at <paramref name="path"/> and every manifest it includes.</summary>
    /// <exception cref="FileNotFoundException">The manifest (or an included one) does not exist.</exception>
    /// <exception cref="RdfSyntaxException">A manifest is not valid RDF.</exception>
    public Manifest Load(string path) => Load(Path.GetFullPath(path), new HashSet<string>(StringComparer.Ordinal));

    private Manifest Load(string fullPath, HashSet<string> loading)
    {
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Test manifest not found: {fullPath}", fullPath);
        }
        string iri = FileIri.FromPath(fullPath);
        var format = _formats.FindByFileName(fullPath) ?? _formats.FindByName("Turtle")
            ?? throw new InvalidOperationException("No Turtle reader is registered.");
        List<Quad> quads;
        using (var stream = File.OpenRead(fullPath))
        {
            quads = format.CreateReader().Read(stream, RdfReaderOptions.Default with { BaseIri = iri }).ToList();
        }
        var graph = new ManifestGraph(quads);
        Term subject = quads.FirstOrDefault(q => q.Predicate.Equals(RdfVocab.Type) && q.Object.Equals(ManifestVocabulary.Manifest)).Subject
            ?? new Iri(iri);
        var manifest = new Manifest(
            fullPath,
            iri,
            graph.Text(subject, ManifestVocabulary.Label),
            (graph.Object(subject, ManifestVocabulary.AssumedTestBase) as Iri)?.Value,
            graph);

        loading.Add(fullPath);
        var includes = new List<Manifest>();
        foreach (var list in graph.Objects(subject, ManifestVocabulary.Include))
        {
            // mf:include takes a list (RDF, SPARQL suites) or, in the SHACL suite, one manifest per triple.
            bool single = list is Iri && !list.Equals(RdfVocab.Nil) && graph.Object(list, RdfVocab.First) is null;
            foreach (var included in single ? [list] : graph.List(list))
            {
                string includedPath = FileIri.ToPath(((Iri)included).Value);
                if (!loading.Contains(includedPath))
                {
                    includes.Add(Load(includedPath, loading));
                }
            }
        }
        manifest.Includes = includes;

        var entries = new List<W3cTestCase>();
        foreach (var list in graph.Objects(subject, ManifestVocabulary.Entries))
        {
            foreach (var entry in graph.List(list))
            {
                entries.Add(ReadEntry(manifest, entry));
            }
        }
        manifest.Entries = entries;
        return manifest;
    }

    private static W3cTestCase ReadEntry(Manifest manifest, Term entry)
    {
        var graph = manifest.Graph;
        var id = entry as Iri ?? throw new InvalidDataException($"{manifest.Path}: a test entry is a blank node; the harness needs IRIs to name tests.");
        var type = graph.Objects(id, RdfVocab.Type).OfType<Iri>().FirstOrDefault()
            ?? throw new InvalidDataException($"{manifest.Path}: test {id} has no rdf:type.");
        string fragment = id.Value.Contains('#') ? id.Value[(id.Value.LastIndexOf('#') + 1)..] : id.Value[(id.Value.LastIndexOf('/') + 1)..];
        string name = graph.Text(id, ManifestVocabulary.Name) ?? fragment;
        return new W3cTestCase(
            id,
            KeyOf(manifest.Path, fragment),
            name,
            type,
            graph.Object(id, ManifestVocabulary.Action),
            graph.Object(id, ManifestVocabulary.Result),
            manifest);
    }

    /// <summary>The location-independent key: the last two folder names, the manifest file name and the fragment.</summary>
    private static string KeyOf(string manifestPath, string fragment)
    {
        string[] parts = manifestPath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        string tail = string.Join('/', parts.Skip(Math.Max(0, parts.Length - 3)));
        return tail + "#" + fragment;
    }
}
