using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Publishing.Tests;

/// <summary>A validator that records what it was given and answers as told.</summary>
internal sealed class RecordingValidator(bool conforms) : IGraphValidator
{
    public int DataCount { get; private set; }

    public int ShapesCount { get; private set; }

    public ValidationOutcome Validate(IReadOnlyCollection<Triple> data, IReadOnlyCollection<Triple> shapes)
    {
        DataCount = data.Count;
        ShapesCount = shapes.Count;
        return new ValidationOutcome(conforms, conforms ? "conforms" : "focus node X: value count 0 is less than sh:minCount 1");
    }
}
