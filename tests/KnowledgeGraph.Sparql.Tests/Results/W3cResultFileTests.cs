using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Sparql.Tests.Results;

public class W3cResultFileTests
{
    public static TheoryData<string> ResultFiles()
    {
        var data = new TheoryData<string>();
        foreach (string suite in new[] { "sparql10", "sparql11" })
        {
            string root = W3cSuites.PathOf(suite);
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetExtension(f) is ".srx" or ".srj" or ".csv" or ".tsv")
                .OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(W3cSuites.Root, file));
            }
        }
        return data;
    }

    [Fact]
    public void The_w3c_suites_hold_the_expected_number_of_result_files()
    {
        int count = ResultFiles().Count;
        Assert.True(count >= 450, $"only {count} result files found");
    }

    [Theory]
    [MemberData(nameof(ResultFiles))]
    public void Every_w3c_result_file_parses(string relativePath)
    {
        SparqlResultSet results = ReadFile(relativePath);

        if (!results.IsBoolean)
        {
            Assert.All(results.Solutions, s => Assert.All(s.Bindings.Keys, k => Assert.Contains(k, results.Variables)));
        }
    }

    [Theory]
    [MemberData(nameof(ResultFiles))]
    public void Every_w3c_result_file_survives_a_json_and_an_xml_round_trip(string relativePath)
    {
        SparqlResultSet results = ReadFile(relativePath);
        foreach (SparqlResultFormat format in new[] { KnownSparqlResultFormats.Json, KnownSparqlResultFormats.Xml })
        {
            var text = new StringWriter();
            format.CreateWriter().Write(results, text);
            ResultAssert.Identical(results, format.CreateReader().Read(new StringReader(text.ToString())));
        }
    }

    [Theory]
    [InlineData("csvtsv01")]
    [InlineData("csvtsv02")]
    // csvtsv03 is left out on purpose: its TSV says 1.0e6 where its CSV says 1.0E6.
    public void The_csv_and_tsv_expectations_of_one_query_agree_as_csv(string name)
    {
        SparqlResultSet tsv = ReadFile($"sparql11/csv-tsv-res/{name}.tsv");
        SparqlResultSet csv = ReadFile($"sparql11/csv-tsv-res/{name}.csv");

        SparqlResultComparison comparison = SparqlResultComparer.CompareAsCsv(tsv, csv);

        Assert.True(comparison.AreEqual, comparison.Difference);
    }

    [Fact]
    public void The_json_ask_expectations_read_as_booleans()
    {
        Assert.True(ReadFile("sparql11/json-res/jsonres03.srj").Boolean);
        Assert.False(ReadFile("sparql11/json-res/jsonres04.srj").Boolean);
    }

    private static SparqlResultSet ReadFile(string relativePath)
    {
        string path = W3cSuites.PathOf(relativePath);
        SparqlResultFormat format = SparqlResultFormatRegistry.Default.FindByFileName(path)
            ?? throw new InvalidOperationException("no format for " + path);
        using FileStream stream = File.OpenRead(path);
        return format.CreateReader().Read(stream);
    }
}
