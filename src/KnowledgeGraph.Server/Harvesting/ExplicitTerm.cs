using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Harvesting;

/// <summary>
/// Hydra's explicit representation of RDF terms in URL parameters: an IRI as is, a literal in double quotes with an
/// optional <c>@lang</c> or <c>^^datatype</c> (the datatype bare or in angle brackets), a variable as <c>?name</c>
/// (meaning "any").
/// </summary>
public static class ExplicitTerm
{
    /// <summary>Reads a term; null for an empty value or a variable.</summary>
    /// <exception cref="FormatException">The text is neither an IRI nor a quoted literal.</exception>
    public static Term? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.StartsWith('?'))
        {
            return null;
        }
        if (!text.StartsWith('"'))
        {
            string iri = text.StartsWith('<') && text.EndsWith('>') ? text[1..^1] : text;
            try
            {
                return new Iri(iri);
            }
            catch (ArgumentException error)
            {
                throw new FormatException($"'{text}' is not an absolute IRI: {error.Message}", error);
            }
        }
        int close = text.LastIndexOf('"');
        if (close == 0)
        {
            throw new FormatException($"The literal {text} has no closing quote.");
        }
        string lexical = text[1..close];
        string rest = text[(close + 1)..];
        if (rest.StartsWith('@') && rest.Length > 1)
        {
            return Literal.LanguageTagged(lexical, rest[1..]);
        }
        if (rest.StartsWith("^^", StringComparison.Ordinal))
        {
            string datatype = rest[2..];
            return Literal.Typed(lexical, new Iri(datatype.StartsWith('<') && datatype.EndsWith('>') ? datatype[1..^1] : datatype));
        }
        return rest.Length == 0 ? Literal.Simple(lexical) : throw new FormatException($"Unexpected '{rest}' after the literal {text[..(close + 1)]}.");
    }

    /// <summary>Writes a term in the explicit representation.</summary>
    public static string Format(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal { HasLanguage: true } l => $"\"{l.LexicalForm}\"@{l.Language}",
        Literal l when l.Datatype.Value == Rdf.Vocabularies.Xsd.String.Value => $"\"{l.LexicalForm}\"",
        Literal l => $"\"{l.LexicalForm}\"^^{l.Datatype.Value}",
        _ => term.ToString(),
    };
}
