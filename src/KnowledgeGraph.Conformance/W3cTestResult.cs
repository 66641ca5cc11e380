using KnowledgeGraph.Conformance.Handlers;
using KnowledgeGraph.Conformance.Manifests;

namespace KnowledgeGraph.Conformance;

/// <summary>One test and how it ended.</summary>
/// <param name="Test">The test.</param>
/// <param name="Outcome">Its outcome.</param>
public readonly record struct W3cTestResult(W3cTestCase Test, TestOutcome Outcome);
