using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Store.Internal;

/// <summary>
/// The byte form of a term in the dictionary arena: a tag byte, then the payload. Nested terms (a literal's
/// datatype, a triple term's parts) are referenced by id, so the common datatype IRIs are stored once.
/// Language tags are lower-cased because RDF compares them case-insensitively; a decoded literal therefore
/// carries the lower-case tag (equal, as a term, to the one that was stored).
/// </summary>
internal static class TermEncoding
{
    public const byte IriTag = 0;
    public const byte BlankNodeTag = 1;
    public const byte SimpleLiteralTag = 2;
    public const byte TypedLiteralTag = 3;
    public const byte LanguageLiteralTag = 4;
    public const byte TripleTermTag = 5;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Upper bound of the encoded size, for sizing the scratch buffer.</summary>
    public static int MaxEncodedLength(Term term) => term switch
    {
        Iri iri => 1 + Utf8.GetMaxByteCount(iri.Value.Length),
        BlankNode blank => 1 + Utf8.GetMaxByteCount(blank.Label.Length),
        Literal literal => 7 + Utf8.GetMaxByteCount(literal.Language.Length) + Utf8.GetMaxByteCount(literal.LexicalForm.Length),
        TripleTerm => 13,
        _ => throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term)),
    };

    /// <summary>
    /// Encodes a term into <paramref name="buffer"/>. <paramref name="resolveNested"/> maps a nested term to its id,
    /// or returns 0 when it has none (for lookups of unknown terms); encoding then fails.
    /// </summary>
    public static bool TryEncode(Term term, Span<byte> buffer, Func<Term, int> resolveNested, out int length)
    {
        length = 0;
        switch (term)
        {
            case Iri iri:
                buffer[0] = IriTag;
                length = 1 + Utf8.GetBytes(iri.Value, buffer[1..]);
                return true;
            case BlankNode blank:
                buffer[0] = BlankNodeTag;
                length = 1 + Utf8.GetBytes(blank.Label, buffer[1..]);
                return true;
            case Literal literal when literal.HasLanguage:
            {
                buffer[0] = LanguageLiteralTag;
                buffer[1] = (byte)literal.Direction;
                int langLength = Utf8.GetBytes(literal.Language.ToLowerInvariant(), buffer[3..]);
                if (langLength > byte.MaxValue)
                {
                    throw new ArgumentException("Language tags longer than 255 bytes are not supported.", nameof(term));
                }
                buffer[2] = (byte)langLength;
                length = 3 + langLength + Utf8.GetBytes(literal.LexicalForm, buffer[(3 + langLength)..]);
                return true;
            }
            case Literal literal when literal.Datatype.Equals(Xsd.String):
                buffer[0] = SimpleLiteralTag;
                length = 1 + Utf8.GetBytes(literal.LexicalForm, buffer[1..]);
                return true;
            case Literal literal:
            {
                int datatype = resolveNested(literal.Datatype);
                if (datatype == 0)
                {
                    return false;
                }
                buffer[0] = TypedLiteralTag;
                BinaryPrimitives.WriteInt32LittleEndian(buffer[1..], datatype);
                length = 5 + Utf8.GetBytes(literal.LexicalForm, buffer[5..]);
                return true;
            }
            case TripleTerm tripleTerm:
            {
                int s = resolveNested(tripleTerm.Triple.Subject);
                int p = s == 0 ? 0 : resolveNested(tripleTerm.Triple.Predicate);
                int o = p == 0 ? 0 : resolveNested(tripleTerm.Triple.Object);
                if (o == 0)
                {
                    return false;
                }
                buffer[0] = TripleTermTag;
                BinaryPrimitives.WriteInt32LittleEndian(buffer[1..], s);
                BinaryPrimitives.WriteInt32LittleEndian(buffer[5..], p);
                BinaryPrimitives.WriteInt32LittleEndian(buffer[9..], o);
                length = 13;
                return true;
            }
            default:
                throw new ArgumentException($"Unknown term kind {term.GetType().Name}.", nameof(term));
        }
    }

    /// <summary>Rebuilds a term from its encoded bytes; <paramref name="resolveId"/> materialises nested ids.</summary>
    public static Term Decode(ReadOnlySpan<byte> bytes, Func<int, Term> resolveId)
    {
        switch (bytes[0])
        {
            case IriTag:
                return new Iri(Utf8.GetString(bytes[1..]));
            case BlankNodeTag:
                return new BlankNode(Utf8.GetString(bytes[1..]));
            case SimpleLiteralTag:
                return Literal.Simple(Utf8.GetString(bytes[1..]));
            case TypedLiteralTag:
                return Literal.Typed(Utf8.GetString(bytes[5..]), (Iri)resolveId(BinaryPrimitives.ReadInt32LittleEndian(bytes[1..])));
            case LanguageLiteralTag:
            {
                int langLength = bytes[2];
                string language = Utf8.GetString(bytes.Slice(3, langLength));
                return Literal.LanguageTagged(Utf8.GetString(bytes[(3 + langLength)..]), language, (BaseDirection)bytes[1]);
            }
            case TripleTermTag:
                return new TripleTerm(new Triple(
                    resolveId(BinaryPrimitives.ReadInt32LittleEndian(bytes[1..])),
                    (Iri)resolveId(BinaryPrimitives.ReadInt32LittleEndian(bytes[5..])),
                    resolveId(BinaryPrimitives.ReadInt32LittleEndian(bytes[9..]))));
            default:
                throw new InvalidOperationException($"Corrupt dictionary entry (tag {bytes[0]}).");
        }
    }
}
