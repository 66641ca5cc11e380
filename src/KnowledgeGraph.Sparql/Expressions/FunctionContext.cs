namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// What functions may depend on besides their arguments, fixed for one query execution: <c>NOW()</c> returns the same
/// instant throughout a query, <c>BNODE(str)</c> returns the same blank node for the same string within one solution
/// (the evaluator supplies a fresh scope per solution), and <c>RAND()</c>/<c>UUID()</c> draw from one generator.
/// </summary>
public sealed class FunctionContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="now">The instant <c>NOW()</c> returns.</param>
    /// <param name="baseIri">The query's base IRI, for <c>IRI()</c> on relative strings; may be null.</param>
    /// <param name="random">The generator behind <c>RAND()</c>, <c>UUID()</c>, <c>STRUUID()</c>.</param>
    public FunctionContext(DateTimeOffset now, string? baseIri, Random random)
    {
        Now = now;
        BaseIri = baseIri;
        Random = random;
    }

    /// <summary>The instant <c>NOW()</c> returns.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The base IRI for <c>IRI()</c>/<c>URI()</c>, or null.</summary>
    public string? BaseIri { get; }

    /// <summary>The random generator of this execution.</summary>
    public Random Random { get; }

    /// <summary>Blank nodes made by <c>BNODE(str)</c> in the current solution, by string.</summary>
    public Dictionary<string, Rdf.Terms.BlankNode> BlankNodeScope { get; } = new(StringComparer.Ordinal);
}
