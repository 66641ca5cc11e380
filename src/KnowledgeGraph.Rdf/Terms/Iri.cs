using KnowledgeGraph.Rdf.Iris;

namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// An absolute IRI (<see href="https://www.rfc-editor.org/rfc/rfc3987"/>). The constructor checks that the value has a
/// scheme and contains none of the characters IRIs forbid; relative references must be resolved first with
/// <see cref="IriResolver"/>.
/// </summary>
public sealed record Iri : Term
{
    /// <summary>Creates an IRI from its absolute string form.</summary>
    /// <exception cref="ArgumentException">The value is not an absolute IRI.</exception>
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string? problem = IriSyntax.FindProblem(value);
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid IRI <{value}>: {problem}.", nameof(value));
        }
        Value = value;
    }

    /// <summary>The IRI as a string, exactly as given (no normalisation).</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.Iri;

    /// <summary>Ordinal comparison of the string forms: IRIs are equal only when their characters are.</summary>
    public bool Equals(Iri? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
