namespace KnowledgeGraph.Shacl;

/// <summary>Validation could not be completed (SHACL 1.0 §3.6.3 "failure"), for example a SPARQL validator reported ?failure.</summary>
public sealed class ShaclValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShaclValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ShaclValidationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ShaclValidationException()
    {
    }
}
