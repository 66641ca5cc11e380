using KnowledgeGraph.Extraction.Vocabularies;
using KnowledgeGraph.Publishing.Curation;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Publishing.Tests;

public sealed class CurationTests
{
    private const string Base = "https://example.org/kg/";
    private const string Prologue = "@prefix kgo: <https://w3id.org/kg-essays/ontology#> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n@prefix schema: <https://schema.org/> .\n";

    private static readonly Iri Essay = new(Base + "essay/e");
    private static readonly Iri Stalin = new(Base + "person/joseph-stalin");
    private static readonly Iri Birth = new(Base + "person/dzhugashvili");
    private static readonly Iri Gori = new(Base + "organization/gori");
    private static readonly Iri Mention1 = new(Base + "essay/e/mention/1");
    private static readonly Iri Mention2 = new(Base + "essay/e/mention/2");
    private static readonly Iri Paragraph = new(Base + "essay/e/paragraph/1");

    /// <summary>Two persons, an organisation that is really a place, and two mentions of the second person with their selectors.</summary>
    private static List<Quad> Graph()
    {
        var g = new List<Quad>();
        void Add(Term s, Iri p, Term o) => g.Add(new Quad(s, p, o, Paragraph));
        foreach ((Iri person, string label) in new[] { (Stalin, "Joseph Stalin"), (Birth, "Dzhugashvili") })
        {
            Add(person, RdfVocab.Type, Kgo.Person);
            Add(person, RdfVocab.Type, Schema.Person);
            Add(person, Rdfs.Label, Literal.Simple(label));
            Add(person, Schema.Name, Literal.Simple(label));
            Add(Essay, Schema.Mentions, person);
        }
        Add(Gori, RdfVocab.Type, Kgo.Organization);
        Add(Gori, Rdfs.Label, Literal.Simple("Gori church"));
        foreach ((Iri m, string exact) in new[] { (Mention1, "Dzhugashvili"), (Mention2, "Soso") })
        {
            Add(m, Oa.HasBody, Birth);
            Add(m, Oa.HasTarget, new Iri(m.Value + "#target"));
            Add(new Iri(m.Value + "#target"), Oa.HasSelector, new Iri(m.Value + "#quote"));
            Add(new Iri(m.Value + "#quote"), Oa.Exact, Literal.Simple(exact));
        }
        return g;
    }

    private static IReadOnlyList<CurationOperation> Read(string turtle)
    {
        string path = Path.Combine(Path.GetTempPath(), "kg-curation-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(path, Prologue + turtle);
        try
        {
            return CurationFileReader.Read(path, Base);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (List<Quad> Graph, IReadOnlyList<CurationChange> Changes) Apply(string turtle)
    {
        List<Quad> graph = Graph();
        var ontology = new List<Triple>
        {
            new(Kgo.Place, Rdfs.SubClassOf, Schema.Place),
        };
        return (graph, new CurationApplier(ontology, Base).Apply(graph, Read(turtle)));
    }

    [Fact]
    public void A_merge_rewrites_every_statement_keeps_the_old_label_and_records_the_old_IRI()
    {
        var (graph, changes) = Apply("<person/dzhugashvili> kgo:mergeInto <person/joseph-stalin> .");
        Assert.DoesNotContain(graph, q => q.Subject == Birth && q.Predicate != DcTerms.IsReplacedBy);
        Assert.DoesNotContain(graph, q => q.Object == Birth);
        Assert.Equal(2, graph.Count(q => q.Predicate == Oa.HasBody && q.Object == Stalin));
        Assert.Contains(graph, q => q.Subject == Stalin && q.Predicate == Schema.AlternateName && q.Object == Literal.Simple("Dzhugashvili"));
        Assert.Single(graph, q => q.Subject == Stalin && q.Predicate == Rdfs.Label);
        Assert.Single(graph, q => q.Subject == Essay && q.Object == Stalin);
        Assert.Contains(graph, q => q.Subject == Birth && q.Predicate == DcTerms.IsReplacedBy && q.Object == Stalin && q.Graph == new Iri(Base + "curation"));
        Assert.False(Assert.Single(changes).IsStale);
    }

    [Fact]
    public void A_retype_replaces_the_classes_with_the_new_class_and_its_superclasses()
    {
        var (graph, _) = Apply("<organization/gori> kgo:retypeAs kgo:Place .");
        var types = graph.Where(q => q.Subject == Gori && q.Predicate == RdfVocab.Type).Select(q => q.Object).ToHashSet();
        Assert.Equal(new HashSet<Term> { Kgo.Place, Schema.Place }, types);
    }

    [Fact]
    public void A_relabel_replaces_every_label_property_and_keeps_the_old_label_as_an_alternate_name()
    {
        var (graph, _) = Apply("<person/dzhugashvili> kgo:relabelAs \"Josef Dzhugashvili\" .");
        Assert.All(graph.Where(q => q.Subject == Birth && (q.Predicate == Rdfs.Label || q.Predicate == Schema.Name)),
            q => Assert.Equal(Literal.Simple("Josef Dzhugashvili"), q.Object));
        Assert.Contains(graph, q => q.Subject == Birth && q.Predicate == Schema.AlternateName && q.Object == Literal.Simple("Dzhugashvili"));
    }

    [Fact]
    public void A_delete_removes_the_entity_its_mentions_and_their_selectors()
    {
        var (graph, _) = Apply("<person/dzhugashvili> kgo:deleteEntity true .");
        Assert.DoesNotContain(graph, q => q.Subject == Birth || q.Object == Birth);
        Assert.DoesNotContain(graph, q => q.Subject is Iri s && s.Value.StartsWith(Mention1.Value, StringComparison.Ordinal));
        Assert.Contains(graph, q => q.Subject == Stalin);
    }

    [Fact]
    public void A_split_moves_only_the_mentions_with_the_given_text_to_a_new_entity_of_the_same_class()
    {
        var (graph, changes) = Apply("[] a kgo:EntitySplit ; kgo:splitFrom <person/dzhugashvili> ; kgo:newEntity <person/soso> ; kgo:newLabel \"Soso\" ; kgo:mentionText \"Soso\" .");
        var soso = new Iri(Base + "person/soso");
        Assert.Contains(graph, q => q.Subject == Mention2 && q.Predicate == Oa.HasBody && q.Object == soso);
        Assert.Contains(graph, q => q.Subject == Mention1 && q.Predicate == Oa.HasBody && q.Object == Birth);
        Assert.Contains(graph, q => q.Subject == soso && q.Predicate == RdfVocab.Type && q.Object == Kgo.Person);
        Assert.Contains(graph, q => q.Subject == soso && q.Predicate == Rdfs.Label && q.Object == Literal.Simple("Soso"));
        Assert.Contains(graph, q => q.Subject == Essay && q.Predicate == Schema.Mentions && q.Object == soso);
        Assert.False(Assert.Single(changes).IsStale);
    }

    [Fact]
    public void Statements_can_be_added_into_the_curation_graph_and_removed_from_every_graph()
    {
        var (graph, changes) = Apply("""
            [] a kgo:StatementAddition ; rdf:subject <person/joseph-stalin> ; rdf:predicate schema:birthPlace ; rdf:object <organization/gori> .
            [] a kgo:StatementRemoval ; rdf:subject <essay/e> ; rdf:predicate schema:mentions ; rdf:object <person/dzhugashvili> .
            """);
        Assert.Contains(new Quad(Stalin, new Iri(Schema.Namespace + "birthPlace"), Gori, new Iri(Base + "curation")), graph);
        Assert.DoesNotContain(graph, q => q.Subject == Essay && q.Object == Birth);
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void A_correction_whose_target_is_gone_is_reported_as_stale_not_applied_silently()
    {
        var (graph, changes) = Apply("<person/nobody> kgo:mergeInto <person/joseph-stalin> .\n<person/nobody> kgo:relabelAs \"X\" .");
        Assert.Equal(Graph().Count, graph.Count);
        Assert.All(changes, c => Assert.True(c.IsStale));
        Assert.Contains("stale", changes[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_apply_in_the_order_written()
    {
        // Relabelling after the merge touches the surviving entity; the other order would relabel a resource that then disappears.
        var (graph, _) = Apply("<person/dzhugashvili> kgo:mergeInto <person/joseph-stalin> .\n<person/joseph-stalin> kgo:relabelAs \"Stalin\" .");
        Assert.Contains(graph, q => q.Subject == Stalin && q.Predicate == Rdfs.Label && q.Object == Literal.Simple("Stalin"));
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column()
    {
        var error = Assert.Throws<CurationException>(() => Read("<person/a> kgo:mergeInto <person/b>\n<person/c> kgo:mergeInto <person/d> ."));
        Assert.Matches(@"kg-curation-\w+\.ttl:5:\d+: ", error.Message);
    }

    [Theory]
    [InlineData("<person/a> kgo:mergeTo <person/b> .", "unknown curation term kgo:mergeTo")]
    [InlineData("<person/a> kgo:mergeInto \"b\" .", "kgo:mergeInto takes an IRI")]
    [InlineData("<person/a> kgo:relabelAs <person/b> .", "kgo:relabelAs takes a literal")]
    [InlineData("<person/a> kgo:deleteEntity false .", "kgo:deleteEntity takes true")]
    [InlineData("[] a kgo:EntitySplit ; kgo:splitFrom <person/a> ; kgo:newEntity <person/c> ; kgo:newLabel \"C\" .", "at least one kgo:mentionText")]
    [InlineData("[] a kgo:StatementAddition ; rdf:subject <person/a> ; rdf:object <person/b> .", "needs exactly one rdf:predicate")]
    public void An_ill_formed_correction_is_an_error_that_says_what_and_where(string turtle, string message)
    {
        var error = Assert.Throws<CurationException>(() => Read(turtle));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(".ttl: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_review_decisions_in_the_same_folder_are_left_to_the_linkset_loader()
    {
        var operations = Read("""
            <person/a> kgo:mergeInto <person/b> .
            [] a kgo:EntityLink ; kgo:linkSource <person/b> ; kgo:reviewStatus kgo:Rejected .
            """);
        Assert.IsType<MergeOperation>(Assert.Single(operations));
    }

    [Fact]
    public void Relative_IRIs_resolve_against_the_build_base_so_a_file_works_under_any_base()
    {
        string path = Path.Combine(Path.GetTempPath(), "kg-curation-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(path, Prologue + "<person/a> kgo:mergeInto <person/b> .");
        try
        {
            var merge = Assert.IsType<MergeOperation>(Assert.Single(CurationFileReader.Read(path, "http://other.example/data/")));
            Assert.Equal("http://other.example/data/person/a", merge.From.Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_bundled_curation_applies_cleanly_to_the_bundled_essay()
    {
        string output = Path.Combine(Path.GetTempPath(), "kg-build-" + Guid.NewGuid().ToString("N"));
        try
        {
            BuildResult result = new EssayBuilder(new RecordingValidator(conforms: true)).Build(new BuildOptions
            {
                Essays = [Repository.Essay],
                OutputDirectory = output,
                CurationFiles = Repository.Curation,
                OntologyFiles = Repository.Ontology,
            });
            Assert.NotEmpty(result.Curation);
            Assert.All(result.Curation, c => Assert.False(c.IsStale, c.ToString()));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
