using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>
/// Runs the SPARQL syntax test types (<c>mf:PositiveSyntaxTest</c>, <c>mf:NegativeSyntaxTest11</c>,
/// <c>mf:PositiveUpdateSyntaxTest11</c>, ...): the action is the query or update file, or a node whose
/// <c>qt:query</c> / <c>ut:request</c> is; a <c>.ru</c> file is parsed as an update whatever the type says. A positive test passes when the text parses and the printed AST parses back
/// to an equal AST; a negative test passes only on a <see cref="SparqlSyntaxException"/>.
/// </summary>
public sealed class SparqlSyntaxTestHandler : ITestHandler
{
    private const string Mf = ManifestVocabulary.Mf;
    private static readonly Iri QtQuery = new("http://www.w3.org/2001/sw/DataAccess/tests/test-query#query");
    private static readonly Iri UtRequest = new("http://www.w3.org/2009/sparql/tests/test-update#request");

    private static readonly Dictionary<string, (bool Positive, bool Update)> Types = new(StringComparer.Ordinal)
    {
        [Mf + "PositiveSyntaxTest"] = (true, false),
        [Mf + "NegativeSyntaxTest"] = (false, false),
        [Mf + "PositiveSyntaxTest11"] = (true, false),
        [Mf + "NegativeSyntaxTest11"] = (false, false),
        [Mf + "PositiveUpdateSyntaxTest11"] = (true, true),
        [Mf + "NegativeUpdateSyntaxTest11"] = (false, true),
    };

    /// <inheritdoc/>
    public bool Handles(Iri testType) => Types.ContainsKey(testType.Value);

    /// <inheritdoc/>
    public TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken)
    {
        var (positive, updateType) = Types[test.Type.Value];
        var file = FileOf(test);
        if (file is null)
        {
            return TestOutcome.Fail("The test names no query or update file.");
        }
        // Some SPARQL 1.1 manifests (delete-insert) file update requests under the query test types; the .ru
        // extension is what says they are updates.
        bool isUpdate = updateType || file.Value.EndsWith(".ru", StringComparison.OrdinalIgnoreCase);
        string text;
        try
        {
            text = File.ReadAllText(FileIri.ToPath(file.Value));
        }
        catch (IOException error)
        {
            return TestOutcome.Fail("Cannot read the test file: " + error.Message);
        }
        string baseIri = test.BaseIriFor(file.Value);
        try
        {
            if (isUpdate)
            {
                var update = SparqlParser.ParseUpdate(text, baseIri);
                if (!positive)
                {
                    return TestOutcome.Fail($"Accepted an invalid update ({update.Operations.Count} operations).");
                }
                string printed = SparqlSyntaxWriter.Write(update);
                return Reparses(printed, () => SparqlParser.ParseUpdate(printed).Equals(update));
            }
            var query = SparqlParser.ParseQuery(text, baseIri);
            if (!positive)
            {
                return TestOutcome.Fail($"Accepted an invalid query ({query.GetType().Name}).");
            }
            string printedQuery = SparqlSyntaxWriter.Write(query);
            return Reparses(printedQuery, () => SparqlParser.ParseQuery(printedQuery).Equals(query));
        }
        catch (SparqlSyntaxException error)
        {
            return positive ? TestOutcome.Fail("Rejected valid input: " + error.Message) : TestOutcome.Pass;
        }
        catch (Exception crash) when (crash is not OperationCanceledException)
        {
            return TestOutcome.Fail($"Crashed with {crash.GetType().Name}: {crash.Message}");
        }
    }

    private static TestOutcome Reparses(string printed, Func<bool> equal)
    {
        try
        {
            return equal() ? TestOutcome.Pass : TestOutcome.Fail("The printed form parses to a different AST:\n" + printed);
        }
        catch (SparqlSyntaxException error)
        {
            return TestOutcome.Fail($"The printed form does not parse ({error.Message}):\n{printed}");
        }
    }

    private static Iri? FileOf(W3cTestCase test) => test.Action switch
    {
        Iri iri => iri,
        { } node => (test.Manifest.Graph.Object(node, QtQuery) ?? test.Manifest.Graph.Object(node, UtRequest)) as Iri,
        null => null,
    };
}
