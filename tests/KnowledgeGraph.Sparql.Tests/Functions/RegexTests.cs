namespace KnowledgeGraph.Sparql.Tests.Functions;

public sealed class RegexTests : FunctionTestBase
{
    [Theory]
    [InlineData("\"abcd\"", "\"bc\"", null, true)]
    [InlineData("\"abcd\"", "\"^bc\"", null, false)]
    [InlineData("\"ABCD\"", "\"bc\"", "\"i\"", true)]
    [InlineData("\"abcd\"@en", "\"d$\"", null, true)]
    [InlineData("\"abc\\n\"", "\"c$\"", null, false)]
    [InlineData("\"abc\\nxyz\"", "\"c$\"", "\"m\"", true)]
    [InlineData("\"abc\\nxyz\"", "\"^x\"", "\"m\"", true)]
    [InlineData("\"abc\\nxyz\"", "\"^x\"", null, false)]
    [InlineData("\"a\\nb\"", "\"a.b\"", null, false)]
    [InlineData("\"a\\rb\"", "\"a.b\"", null, false)]
    [InlineData("\"a\\nb\"", "\"a.b\"", "\"s\"", true)]
    [InlineData("\"abc\"", "\"a b c\"", "\"x\"", true)]
    [InlineData("\"a b\"", "\"a[ ]b\"", "\"x\"", true)]
    [InlineData("\"a.c\"", "\"a.c\"", "\"q\"", true)]
    [InlineData("\"abc\"", "\"a.c\"", "\"q\"", false)]
    [InlineData("\"A.C\"", "\"a.c\"", "\"qi\"", true)]
    [InlineData("\"a\\u00A0b\"", "\"a\\\\sb\"", null, false)]
    [InlineData("\"a\\tb\"", "\"a\\\\sb\"", null, true)]
    [InlineData("\"abab\"", "\"(ab)\\\\1\"", null, true)]
    [InlineData("\"aXb\"", "\"a[A-Z-[B-Z]]b\"", null, false)]
    [InlineData("\"aAb\"", "\"a[A-Z-[B-Z]]b\"", null, true)]
    [InlineData("\"xx\"", "\"x{2}\"", null, true)]
    [InlineData("\"a#b\"", "\"a#b\"", null, true)]
    [InlineData("\"a\U0001F46Ab\"", "\"^a.b$\"", null, true)]
    [InlineData("\"a\U0001F46Ab\"", "\"^a..b$\"", "\"s\"", false)]
    public void Regex_follows_XPath_syntax_and_flags(string text, string pattern, string? flags, bool expected)
    {
        text = Unescape(text);
        pattern = Unescape(pattern);
        string[] args = flags is null ? [text, pattern] : [text, pattern, flags];
        Assert.Equal(expected, IsTrue("REGEX", args));
    }

    [Theory]
    [InlineData("\"(?=a)\"", null)]
    [InlineData("\"\\\\bword\"", null)]
    [InlineData("\"[a\"", null)]
    [InlineData("\"a{x}\"", null)]
    [InlineData("\"a\"", "\"g\"")]
    [InlineData("\"(a)\\\\2\"", null)]
    public void Invalid_patterns_and_flags_are_errors(string pattern, string? flags)
    {
        pattern = Unescape(pattern);
        string[] args = flags is null ? ["\"a\"", pattern] : ["\"a\"", pattern, flags];
        AssertError("REGEX", args);
    }

    [Theory]
    [InlineData("1", "\"a\"")]
    [InlineData("<http://example/a>", "\"a\"")]
    [InlineData("\"a\"", "\"a\"@en")]
    public void Regex_on_non_strings_is_an_error(string text, string pattern) => AssertError("REGEX", text, pattern);

    // W3C replace01..03 and replace-case-insensitive.
    [Theory]
    [InlineData("\"abcd\"", "\"b\"", "\"Z\"", null, "\"aZcd\"")]
    [InlineData("\"abab\"", "\"B\"", "\"Z\"", "\"i\"", "\"aZaZ\"")]
    [InlineData("\"abab\"", "\"B.\"", "\"Z\"", "\"i\"", "\"aZb\"")]
    [InlineData("\"bar\"@en", "\"a\"", "\"A\"", null, "\"bAr\"@en")]
    [InlineData("\"abcd\"", "\"(b)(c)\"", "\"$2$1\"", null, "\"acbd\"")]
    [InlineData("\"abcd\"", "\"b\"", "\"\\\\$\"", null, "\"a$cd\"")]
    [InlineData("\"abcd\"", "\"b\"", "\"\\\\\\\\\"", null, "\"a\\\\cd\"")]
    [InlineData("\"abcd\"", "\"b\"", "\"$\"", "\"q\"", "\"a$cd\"")]
    [InlineData("\"abcd\"", "\"(b)\"", "\"$1$1\"", null, "\"abbcd\"")]
    [InlineData("\"a(b)cd\"", "\"(b)\"", "\"${1}\"", "\"q\"", "\"a${1}cd\"")]
    [InlineData("\"abcd\"", "\"b\"", "\"$0$0\"", null, "\"abbcd\"")]
    public void Replace_substitutes_groups_as_XPath_does(string text, string pattern, string replacement, string? flags, string expected)
    {
        replacement = Unescape(replacement);
        string[] args = flags is null ? [text, pattern, replacement] : [text, pattern, replacement, flags];
        Assert.Equal(T(Unescape(expected)), Call("REPLACE", args));
    }

    [Theory]
    [InlineData("\"a*\"", "\"x\"")]
    [InlineData("\"b\"", "\"$\"")]
    [InlineData("\"b\"", "\"\\\\x\"")]
    public void Replace_rejects_empty_matching_patterns_and_bad_replacements(string pattern, string replacement) =>
        AssertError("REPLACE", "\"abcd\"", pattern, Unescape(replacement));

    [Fact]
    public void A_catastrophic_pattern_finishes_instead_of_hanging()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        string text = "\"" + new string('a', 5000) + "!\"";
        Assert.False(IsTrue("REGEX", text, "\"^(a+)+$\""));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_backtracking_pattern_with_a_back_reference_times_out_as_an_expression_error()
    {
        var library = new KnowledgeGraph.Sparql.Functions.SparqlFunctionLibrary(TimeSpan.FromMilliseconds(50));
        var args = new[] { T("\"" + new string('a', 30) + "!\""), T("\"^((a+)+)\\\\1$\"".Replace("\\\\", "\\", StringComparison.Ordinal)) };
        Assert.Throws<KnowledgeGraph.Sparql.Expressions.ExpressionErrorException>(() => library.Invoke("REGEX", args, Context));
    }

    // Lets the theories write \n, \t, \r, \uXXXX and \\ inside quoted notation.
    private static string Unescape(string s) => System.Text.RegularExpressions.Regex.Unescape(s);
}
