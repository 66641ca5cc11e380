using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Extraction.Rdf;

/// <summary>Mints the IRIs of published resources under a base IRI, from readable slugs.</summary>
public sealed class IriMinter
{
    /// <summary>Creates a minter.</summary>
    /// <param name="baseIri">An absolute IRI ending in <c>/</c> or <c>#</c> (a <c>/</c> is added otherwise).</param>
    public IriMinter(string baseIri)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseIri);
        BaseIri = baseIri.EndsWith('/') || baseIri.EndsWith('#') ? baseIri : baseIri + "/";
        _ = new Iri(BaseIri);
    }

    /// <summary>The base IRI, ending in <c>/</c> or <c>#</c>.</summary>
    public string BaseIri { get; }

    /// <summary>An IRI from path segments, each turned into a slug.</summary>
    public Iri Mint(params string[] segments) => new(BaseIri + string.Join('/', segments.Select(Slug)));

    /// <summary>Lower-case ASCII letters and digits joined by hyphens ("The ABC of Communism" → "the-abc-of-communism").</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        bool hyphen = false;
        foreach (char c in KnowledgeGraph.Text.LatinLetters.Fold(text))
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (hyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                hyphen = true;
            }
        }
        string slug = builder.ToString();
        return slug.Length == 0 ? "x" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
