using KnowledgeGraph.Extraction.Citations;
using KnowledgeGraph.Extraction.Documents;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Rdf;
using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Publishing.Curation;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Publishing;

/// <summary>
/// The build: read each essay, extract its citation graph, emit RDF, validate the union graph against the shapes
/// (failing on violations with the report), and write the dumps: <c>graph.ttl</c> and <c>graph.nt</c> (the union
/// graph) and <c>graph.trig</c> (named graphs per essay part and footnote, with their provenance in the default graph).
/// Between extraction and validation, the reviewed Wikidata linkset is merged (see <see cref="BuildOptions.Linkset"/>)
/// and then the curation files are applied (so a curated merge also moves links), and curated data is validated too.
/// </summary>
public sealed class EssayBuilder
{
    private readonly IGraphValidator _validator;

    /// <summary>Creates a builder that validates with <paramref name="validator"/>.</summary>
    public EssayBuilder(IGraphValidator validator) => _validator = validator;

    /// <summary>Runs the build.</summary>
    /// <exception cref="BuildFailedException">An essay cannot be read, or the data violates the shapes.</exception>
    public BuildResult Build(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Essays.Count == 0)
        {
            throw new BuildFailedException("no essay to build");
        }
        var quads = new List<Quad>();
        var anomalies = new List<(string, ReaderAnomaly)>();
        foreach (string path in options.Essays)
        {
            string name = Path.GetFileName(path);
            options.Progress?.Invoke($"reading {name}");
            EssayDocument document;
            try
            {
                document = EssayReader.ReadFile(path);
            }
            catch (EssayFormatException error)
            {
                throw new BuildFailedException(error.Message);
            }
            catch (IOException error)
            {
                throw new BuildFailedException($"{path}: {error.Message}");
            }
            options.Progress?.Invoke($"extracting citations of {name}");
            CitationGraph citations = CitationExtractor.Extract(document);
            anomalies.AddRange(document.Anomalies.Concat(citations.Anomalies).Select(a => (path, a)));
            options.Progress?.Invoke($"extracting entities, mentions and quotations of {name}");
            EntityGraph entities = EntityExtractor.Extract(document, citations);
            options.Progress?.Invoke($"emitting RDF for {name}");
            quads.AddRange(new EssayGraphEmitter(options.BaseIri).Emit(document, citations, entities).Quads);
        }
        var union = quads.Select(q => q.Triple).Distinct().ToList();
        var links = LinksetStep.Run(options, union);
        if (links is not null)
        {
            quads.AddRange(links.Quads);
        }
        IReadOnlyList<CurationChange> curation = Curate(quads, options);
        union = quads.Select(q => q.Triple).Distinct().ToList();

        var shapes = options.ShapesFiles.SelectMany(ReadTurtle).ToList();
        options.Progress?.Invoke($"validating {union.Count} statements against the shapes");
        ValidationOutcome validation = _validator.Validate(union, shapes);
        if (!validation.Conforms)
        {
            throw new BuildFailedException("the graph violates the shapes:\n" + validation.Report);
        }

        options.Progress?.Invoke("writing the dumps");
        Directory.CreateDirectory(options.OutputDirectory);
        var writerOptions = new RdfWriterOptions { Prefixes = Prefixes.Standard };
        var unionQuads = union.Select(t => t.InDefaultGraph()).ToList();
        var files = new List<string>
        {
            Write(options.OutputDirectory, "graph.ttl", KnownRdfFormats.Turtle, unionQuads, writerOptions),
            Write(options.OutputDirectory, "graph.nt", KnownRdfFormats.NTriples, unionQuads, writerOptions),
            Write(options.OutputDirectory, "graph.trig", KnownRdfFormats.TriG, quads.Distinct().ToList(), writerOptions),
        };
        var counts = union.Where(t => t.Predicate.Equals(RdfVocab.Type) && t.Object is Iri)
            .GroupBy(t => Prefixes.Compact(((Iri)t.Object).Value))
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Select(t => t.Subject).Distinct().Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        return new BuildResult(counts, union.Count, anomalies, validation, files, curation) { Links = links };
    }

    private static IReadOnlyList<CurationChange> Curate(List<Quad> quads, BuildOptions options)
    {
        if (options.CurationFiles.Count == 0)
        {
            return [];
        }
        options.Progress?.Invoke($"applying {options.CurationFiles.Count} curation file(s)");
        try
        {
            var operations = options.CurationFiles.SelectMany(f => CurationFileReader.Read(f, options.BaseIri)).ToList();
            var applier = new CurationApplier([.. options.OntologyFiles.SelectMany(ReadTurtle)], options.BaseIri);
            IReadOnlyList<CurationChange> changes = applier.Apply(quads, operations);
            quads.Add(new Quad(applier.CurationGraph, RdfVocab.Type, Prov.Entity, null));
            quads.Add(new Quad(applier.CurationGraph, Rdfs.Label, Literal.Simple("Corrections applied from the curation files"), null));
            foreach (string file in options.CurationFiles)
            {
                quads.Add(new Quad(applier.CurationGraph, DcTerms.Source, Literal.Simple(Path.GetFileName(file)), null));
            }
            return changes;
        }
        catch (CurationException error)
        {
            throw new BuildFailedException(error.Message);
        }
    }

    private static IEnumerable<Triple> ReadTurtle(string file)
    {
        using var reader = new StreamReader(file);
        return KnownRdfFormats.Turtle.CreateReader().Read(reader, new RdfReaderOptions { BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri }).Select(q => q.Triple).ToList();
    }

    private static string Write(string directory, string name, RdfFormat format, IReadOnlyList<Quad> quads, RdfWriterOptions options)
    {
        string path = Path.Combine(directory, name);
        using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
        {
            format.CreateWriter().Write(quads, writer, options);
        }
        return path;
    }
}
