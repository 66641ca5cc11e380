using KnowledgeGraph.Conformance.Manifests;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Conformance.Handlers;

/// <summary>Runs the tests of some test types (one handler per family of types).</summary>
public interface ITestHandler
{
    /// <summary>Whether this handler runs tests of the given <c>rdf:type</c>.</summary>
    bool Handles(Iri testType);

    /// <summary>Runs one test. Implementations catch the implementation's exceptions and report them as failures.</summary>
    TestOutcome Run(W3cTestCase test, CancellationToken cancellationToken);
}
