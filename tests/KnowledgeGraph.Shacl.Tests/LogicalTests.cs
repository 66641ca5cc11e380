using static KnowledgeGraph.Shacl.Tests.Shacl;

namespace KnowledgeGraph.Shacl.Tests;

public sealed class LogicalTests
{
    private const string Data = """
        ex:both ex:a 1 ; ex:b 1 .
        ex:onlyA ex:a 1 .
        ex:neither ex:c 1 .
        """;

    private const string Members = """
        ex:HasA sh:path ex:a ; sh:minCount 1 .
        ex:HasB sh:path ex:b ; sh:minCount 1 .
        """;

    private static string[] Failing(string constraint)
    {
        var report = Validate($"{Members} ex:S a sh:NodeShape ; sh:targetNode ex:both, ex:onlyA, ex:neither ; {constraint} .", Data);
        return report.Results.Select(static r => ((Rdf.Terms.Iri)r.FocusNode).Value[Ex.Length..]).Order().ToArray();
    }

    [Fact]
    public void And_needs_every_member() => Assert.Equal(["neither", "onlyA"], Failing("sh:and ( [ sh:property ex:HasA ] [ sh:property ex:HasB ] )"));

    [Fact]
    public void Or_needs_one_member() => Assert.Equal(["neither"], Failing("sh:or ( [ sh:property ex:HasA ] [ sh:property ex:HasB ] )"));

    [Fact]
    public void Xone_needs_exactly_one_member() => Assert.Equal(["both", "neither"], Failing("sh:xone ( [ sh:property ex:HasA ] [ sh:property ex:HasB ] )"));

    [Fact]
    public void Not_fails_nodes_that_conform() => Assert.Equal(["both", "onlyA"], Failing("sh:not [ sh:property ex:HasA ]"));
}
