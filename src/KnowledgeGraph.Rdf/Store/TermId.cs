using System.Globalization;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// The integer a store assigns to a term in its dictionary. Indexes hold ids, and a query engine joins on them;
/// ids are only meaningful for the store (and snapshot) that produced them. The value 0 is reserved for
/// "the default graph" in the graph position of <see cref="QuadIds"/> and is never a term's id.
/// </summary>
/// <param name="Value">The raw id.</param>
public readonly record struct TermId(long Value)
{
    /// <summary>The id standing for the default graph in the graph position.</summary>
    public static TermId DefaultGraph => default;

    /// <summary>Whether this is <see cref="DefaultGraph"/>.</summary>
    public bool IsDefaultGraph => Value == 0;

    /// <inheritdoc/>
    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);
}
