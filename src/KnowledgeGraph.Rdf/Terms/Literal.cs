using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Terms;

/// <summary>
/// An RDF literal: a lexical form with a datatype IRI and, for <c>rdf:langString</c> (and RDF 1.2
/// <c>rdf:dirLangString</c>), a language tag and base direction
/// (<see href="https://www.w3.org/TR/rdf11-concepts/#section-Graph-Literal"/>).
/// Language tags keep the case they were written in but compare case-insensitively.
/// </summary>
public sealed record Literal : Term
{
    /// <summary>Creates a literal. Use <see cref="Simple"/>, <see cref="LanguageTagged"/> or <see cref="Typed"/> for the common cases.</summary>
    /// <param name="lexicalForm">The lexical form.</param>
    /// <param name="datatype">The datatype IRI; must be <c>rdf:langString</c> (or <c>rdf:dirLangString</c>) exactly when a language is given.</param>
    /// <param name="language">The language tag, or the empty string for none.</param>
    /// <param name="direction">The RDF 1.2 base direction; only with a language tag.</param>
    public Literal(string lexicalForm, Iri datatype, string language = "", BaseDirection direction = BaseDirection.None)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        ArgumentNullException.ThrowIfNull(language);
        bool tagged = language.Length > 0;
        if (tagged != (datatype.Equals(RdfVocab.LangString) || datatype.Equals(RdfVocab.DirLangString)))
        {
            throw new ArgumentException("A literal has a language tag exactly when its datatype is rdf:langString or rdf:dirLangString.", nameof(datatype));
        }
        if (direction != BaseDirection.None && !tagged)
        {
            throw new ArgumentException("A base direction needs a language tag.", nameof(direction));
        }
        LexicalForm = lexicalForm;
        Datatype = datatype;
        Language = language;
        Direction = direction;
    }

    /// <summary>The lexical form.</summary>
    public string LexicalForm { get; }

    /// <summary>The datatype IRI (<c>xsd:string</c> for simple literals).</summary>
    public Iri Datatype { get; }

    /// <summary>The language tag as written, or the empty string.</summary>
    public string Language { get; }

    /// <summary>The RDF 1.2 base direction.</summary>
    public BaseDirection Direction { get; }

    /// <summary>Whether the literal has a language tag.</summary>
    public bool HasLanguage => Language.Length > 0;

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.Literal;

    /// <summary>A simple literal (datatype <c>xsd:string</c>).</summary>
    public static Literal Simple(string lexicalForm) => new(lexicalForm, Xsd.String);

    /// <summary>A language-tagged string, optionally with a base direction.</summary>
    public static Literal LanguageTagged(string lexicalForm, string language, BaseDirection direction = BaseDirection.None)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        return new(lexicalForm, direction == BaseDirection.None ? RdfVocab.LangString : RdfVocab.DirLangString, language, direction);
    }

    /// <summary>A literal with an explicit datatype (use <see cref="LanguageTagged"/> for language strings).</summary>
    public static Literal Typed(string lexicalForm, Iri datatype) => new(lexicalForm, datatype);

    /// <summary>RDF term equality: same lexical form and datatype, language tags equal ignoring case, same direction.</summary>
    public bool Equals(Literal? other) =>
        other is not null
        && string.Equals(LexicalForm, other.LexicalForm, StringComparison.Ordinal)
        && Datatype.Equals(other.Datatype)
        && string.Equals(Language, other.Language, StringComparison.OrdinalIgnoreCase)
        && Direction == other.Direction;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(LexicalForm),
        Datatype,
        StringComparer.OrdinalIgnoreCase.GetHashCode(Language),
        Direction);
}
