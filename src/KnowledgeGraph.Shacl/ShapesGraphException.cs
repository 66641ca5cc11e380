namespace KnowledgeGraph.Shacl;

/// <summary>
/// The shapes graph is ill-formed (SHACL 1.0 §3.4.2: a processor must not validate against it), for example a
/// sh:minCount that is not an integer, a path that is not a SHACL path, or a SPARQL query that SHACL forbids. The
/// message names the shape.
/// </summary>
public sealed class ShapesGraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShapesGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ShapesGraphException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ShapesGraphException()
    {
    }
}
