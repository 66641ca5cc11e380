using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// One position of a triple or path pattern: either an RDF term or a variable. A <see cref="BlankNode"/> term acts as
/// a non-distinguished variable (section 18.2.1), as the evaluator treats it.
/// </summary>
public readonly record struct PatternTerm
{
    private PatternTerm(Term? term, string? variable)
    {
        Term = term;
        Variable = variable;
    }

    /// <summary>The term, or null when this is a variable.</summary>
    public Term? Term { get; }

    /// <summary>The variable's name (without <c>?</c>), or null when this is a term.</summary>
    public string? Variable { get; }

    /// <summary>Whether this position is a variable (blank nodes excluded).</summary>
    public bool IsVariable => Variable is not null;

    /// <summary>The name the evaluator binds for this position: the variable's name, <c>_:label</c> for a blank node, else null.</summary>
    public string? BindingName => Variable ?? (Term is BlankNode blank ? "_:" + blank.Label : null);

    /// <summary>A variable position.</summary>
    public static PatternTerm Var(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(null, name);
    }

    /// <summary>A term position.</summary>
    public static PatternTerm Of(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return new(term, null);
    }

    /// <summary>Converts a term to a term position.</summary>
    public static implicit operator PatternTerm(Term term) => Of(term);
}
