using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Server.Resources;

/// <summary>Display names for terms that have no label (see <see cref="LabelPolicy"/> for those that do).</summary>
public static class LabelChooser
{
    /// <summary>The part of an IRI after its last <c>#</c> or <c>/</c>, for display when nothing better exists.</summary>
    public static string LocalName(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term is not Iri iri)
        {
            return term.ToString();
        }
        string value = iri.Value.TrimEnd('/');
        int cut = Math.Max(value.LastIndexOf('#'), value.LastIndexOf('/'));
        return cut >= 0 && cut < value.Length - 1 ? Uri.UnescapeDataString(value[(cut + 1)..]) : iri.Value;
    }
}
