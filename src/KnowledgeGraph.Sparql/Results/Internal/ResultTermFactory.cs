using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results.Internal;

/// <summary>
/// Builds terms from the pieces result formats carry, turning the term constructors' exceptions into messages the
/// readers can place (a line and column, or a JSON path).
/// </summary>
internal static class ResultTermFactory
{
    public static Term? MakeIri(string value, out string? error)
    {
        try
        {
            error = null;
            return new Iri(value);
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    public static Term? MakeBlank(string label, out string? error)
    {
        if (label.Length == 0)
        {
            error = "A blank node needs a non-empty label.";
            return null;
        }
        error = null;
        return new BlankNode(label);
    }

    /// <summary>A literal from its lexical form, optional datatype IRI, language tag and direction (<c>ltr</c>/<c>rtl</c>).</summary>
    public static Term? MakeLiteral(string lexical, string? datatype, string? language, string? direction, out string? error)
    {
        error = null;
        BaseDirection dir = BaseDirection.None;
        if (direction is not null)
        {
            dir = direction switch
            {
                "ltr" => BaseDirection.Ltr,
                "rtl" => BaseDirection.Rtl,
                _ => BaseDirection.None,
            };
            if (dir == BaseDirection.None)
            {
                error = $"The base direction '{direction}' is neither 'ltr' nor 'rtl'.";
                return null;
            }
        }
        if (!string.IsNullOrEmpty(language))
        {
            if (datatype is not null && datatype != RdfVocab.LangString.Value && datatype != RdfVocab.DirLangString.Value)
            {
                error = $"A literal with a language tag cannot have the datatype <{datatype}>.";
                return null;
            }
            return Literal.LanguageTagged(lexical, language, dir);
        }
        if (dir != BaseDirection.None)
        {
            error = "A base direction needs a language tag.";
            return null;
        }
        if (datatype is null)
        {
            return Literal.Simple(lexical);
        }
        if (datatype == RdfVocab.LangString.Value || datatype == RdfVocab.DirLangString.Value)
        {
            error = $"A literal with the datatype <{datatype}> needs a language tag.";
            return null;
        }
        if (MakeIri(datatype, out error) is not Iri datatypeIri)
        {
            return null;
        }
        return Literal.Typed(lexical, datatypeIri);
    }

    public static Term? MakeTriple(Term subject, Term predicate, Term obj, out string? error)
    {
        error = null;
        if (subject is not (Iri or BlankNode))
        {
            error = "The subject of a triple term must be an IRI or a blank node.";
            return null;
        }
        if (predicate is not Iri predicateIri)
        {
            error = "The predicate of a triple term must be an IRI.";
            return null;
        }
        return new TripleTerm(new Triple(subject, predicateIri, obj));
    }
}
