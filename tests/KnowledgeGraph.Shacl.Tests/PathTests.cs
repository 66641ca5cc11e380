using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class PathTests
{
    private const string Data = """
        ex:a ex:child ex:b . ex:b ex:child ex:c . ex:c ex:child ex:d .
        ex:a ex:friend ex:f .
        """;

    private static string[] Values(string path)
    {
        // sh:in () fails every value node, so the results list exactly the path's values.
        var report = Validate($"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path {path} ; sh:in () ] .", Data);
        return report.Results.Select(static r => ((Rdf.Terms.Iri)r.Value!).Value[Ex.Length..]).Order().ToArray();
    }

    [Fact]
    public void Sequence_follows_each_step() => Assert.Equal(["c"], Values("( ex:child ex:child )"));

    [Fact]
    public void Alternative_unions_the_choices() => Assert.Equal(["b", "f"], Values("[ sh:alternativePath ( ex:child ex:friend ) ]"));

    [Fact]
    public void Inverse_walks_backwards() => Assert.Equal(["a"], Values("( ex:child [ sh:inversePath ex:child ] )"));

    [Fact]
    public void Inverse_of_a_complex_path_reverses_its_steps()
    {
        var report = Validate("ex:S a sh:NodeShape ; sh:targetNode ex:d ; sh:property [ sh:path [ sh:inversePath ( ex:child [ sh:zeroOrMorePath ex:child ] ) ] ; sh:in () ] .", Data);
        Assert.Equal(["a", "b", "c"], report.Results.Select(static r => ((Rdf.Terms.Iri)r.Value!).Value[Ex.Length..]).Order());
    }

    [Fact]
    public void Zero_or_more_includes_the_focus_node() => Assert.Equal(["a", "b", "c", "d"], Values("[ sh:zeroOrMorePath ex:child ]"));

    [Fact]
    public void One_or_more_excludes_the_focus_node() => Assert.Equal(["b", "c", "d"], Values("[ sh:oneOrMorePath ex:child ]"));

    [Fact]
    public void Zero_or_one_takes_at_most_one_step() => Assert.Equal(["a", "b"], Values("[ sh:zeroOrOnePath ex:child ]"));

    [Fact]
    public void Complex_result_paths_come_with_the_triples_that_spell_them_out()
    {
        var report = Validate("ex:S a sh:NodeShape ; sh:targetNode ex:b ; sh:property [ sh:path [ sh:inversePath ex:child ] ; sh:maxCount 0 ] .", Data);
        var result = Assert.Single(report.Results);
        Assert.IsType<Rdf.Terms.BlankNode>(result.Path);
        Assert.Contains(result.PathDescription, static t => t.Predicate.Equals(Sh.Term("inversePath")));
        Assert.Equal("^<http://example.org/child>", result.PathText);
    }
}
