using System.Globalization;
using KnowledgeGraph.Rdf.Store;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Short builders for hand-written algebra and datasets in tests.</summary>
internal static class Q
{
    public const string Ns = "http://example.org/";

    public static Iri Ex(string local) => new(Ns + local);

    public static Literal Int(long value) => Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);

    public static Literal Str(string value) => Literal.Simple(value);

    public static PatternTerm V(string name) => PatternTerm.Var(name);

    public static TriplePattern T(PatternTerm s, PatternTerm p, PatternTerm o) => new(s, p, o);

    public static BgpOp Bgp(params TriplePattern[] patterns) => new(patterns);

    public static VariableExpression E(string variable) => new(variable);

    public static ConstantExpression C(Term term) => new(term);

    public static FunctionCallExpression Call(string name, params Expression[] args) => new(name, args);

    public static Quad Triple(Term s, Iri p, Term o, Term? graph = null) => new(s, p, o, graph);

    public static InMemoryQuadStore Store(params Quad[] quads)
    {
        var store = new InMemoryQuadStore();
        using IQuadWriteBatch batch = store.BeginWrite();
        foreach (Quad quad in quads)
        {
            batch.Add(quad);
        }
        batch.Commit();
        return store;
    }

    public static QueryEngine Engine() => new(new TestFunctions());

    /// <summary>The solutions as sorted strings like <c>o=:b s=:a n=1</c> (variables in name order).</summary>
    public static List<string> Rows(AlgebraOp op, InMemoryQuadStore store, QueryOptions? options = null) =>
        OrderedRows(op, store, options).Order(StringComparer.Ordinal).ToList();

    /// <summary>Like <see cref="Rows"/> but keeping the result order.</summary>
    public static List<string> OrderedRows(AlgebraOp op, InMemoryQuadStore store, QueryOptions? options = null) =>
        Engine().SelectStreaming(op, store.OpenSnapshot(), options)
            .Select(static s => string.Join(" ", s.Bindings.OrderBy(static b => b.Key, StringComparer.Ordinal).Select(static b => b.Key + "=" + Show(b.Value))))
            .ToList();

    public static string Show(Term term) => term switch
    {
        Iri iri when iri.Value.StartsWith(Ns, StringComparison.Ordinal) => ":" + iri.Value[Ns.Length..],
        Literal l when l.Datatype.Equals(Xsd.Integer) || l.Datatype.Equals(Xsd.Decimal) => l.LexicalForm,
        Literal l when l.Datatype.Equals(Xsd.String) => "'" + l.LexicalForm + "'",
        _ => term.ToString(),
    };
}
