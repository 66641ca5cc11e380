using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class OrderByTests : FunctionTestBase
{
    [Fact]
    public void Unbound_sorts_before_blank_nodes_before_iris_before_literals()
    {
        Term?[] terms = [T("\"a\""), T("<http://example/a>"), null, T("_:b"), T("1")];
        Term?[] sorted = Sorted(terms);
        Assert.Null(sorted[0]);
        Assert.IsType<BlankNode>(sorted[1]);
        Assert.IsType<Iri>(sorted[2]);
        Assert.IsType<Literal>(sorted[3]);
        Assert.IsType<Literal>(sorted[4]);
    }

    [Fact]
    public void Numbers_sort_by_value_across_types()
    {
        Term?[] sorted = Sorted([T("10"), T("9.5"), T("1e1"), T("-3"), T("\"2\"^^xsd:float"), T("\"-INF\"^^xsd:double")]);
        Assert.Equal(
            ["\"-INF\"^^<http://www.w3.org/2001/XMLSchema#double>", "\"-3\"^^<http://www.w3.org/2001/XMLSchema#integer>",
             "\"2\"^^<http://www.w3.org/2001/XMLSchema#float>", "\"9.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
             "\"10\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"1e1\"^^<http://www.w3.org/2001/XMLSchema#double>"],
            sorted.Select(t => t!.ToString()));
    }

    [Fact]
    public void Strings_sort_by_code_point()
    {
        Term?[] sorted = Sorted([T("\"b\""), T("\"B\""), T("\"ab\""), T("\"a\""), T("\"\"")]);
        Assert.Equal(["\"\"", "\"B\"", "\"a\"", "\"ab\"", "\"b\""], sorted.Select(t => t!.ToString()));
    }

    [Fact]
    public void Date_times_sort_by_instant()
    {
        Term?[] sorted = Sorted([
            T("\"2010-12-21T15:38:02-08:00\"^^xsd:dateTime"),
            T("\"2010-12-21T20:00:00Z\"^^xsd:dateTime"),
            T("\"2008-06-20T23:59:00Z\"^^xsd:dateTime")]);
        Assert.Equal(T("\"2008-06-20T23:59:00Z\"^^xsd:dateTime"), sorted[0]);
        Assert.Equal(T("\"2010-12-21T20:00:00Z\"^^xsd:dateTime"), sorted[1]);
    }

    [Fact]
    public void Equal_values_with_different_terms_still_get_a_fixed_order()
    {
        int c = Library.CompareForOrderBy(T("1"), T("1.0"));
        Assert.NotEqual(0, c);
        Assert.Equal(-c, Library.CompareForOrderBy(T("1.0"), T("1")));
        Assert.Equal(0, Library.CompareForOrderBy(T("\"x\"@en"), T("\"x\"@EN")));
    }

    // A comparer mixing value order and lexical order can be intransitive (9 < 10 < "5" < 9); grouping prevents it.
    [Fact]
    public void The_order_is_transitive_over_mixed_literals()
    {
        Term[] terms =
        [
            T("9"), T("10"), T("\"5\""), T("\"10\""), T("\"a\"@en"), T("\"a\"^^<http://example/t>"), T("true"), T("false"),
            T("\"abc\"^^xsd:integer"), T("\"NaN\"^^xsd:double"), T("\"2002-10-10T17:00:00Z\"^^xsd:dateTime"),
            T("\"2002-10-10T17:00:00\"^^xsd:dateTime"), T("\"2002-10-10\"^^xsd:date"), T("1e0"), T("1.0"), T("_:x"),
            T("<http://example/a>"),
        ];
        foreach (Term a in terms)
        {
            Assert.Equal(0, Library.CompareForOrderBy(a, a));
            foreach (Term b in terms)
            {
                int ab = Math.Sign(Library.CompareForOrderBy(a, b));
                Assert.Equal(-ab, Math.Sign(Library.CompareForOrderBy(b, a)));
                foreach (Term c in terms)
                {
                    if (ab < 0 && Library.CompareForOrderBy(b, c) < 0)
                    {
                        Assert.True(Library.CompareForOrderBy(a, c) < 0, $"{a} < {b} < {c}");
                    }
                }
            }
        }
    }

    private Term?[] Sorted(Term?[] terms)
    {
        var copy = terms.ToArray();
        Array.Sort(copy, Library.CompareForOrderBy);
        return copy;
    }
}
