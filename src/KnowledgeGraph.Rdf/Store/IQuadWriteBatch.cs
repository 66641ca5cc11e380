using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Rdf.Store;

/// <summary>
/// A write transaction. Operations apply in the order given (adding then removing a quad leaves it absent); nothing
/// is visible until <see cref="Commit"/>, which publishes all of them at once. Disposing without committing discards
/// them. The dataset is a set: adding a present quad or removing an absent one changes nothing.
/// </summary>
public interface IQuadWriteBatch : IDisposable
{
    /// <summary>Adds a quad (a null graph is the default graph).</summary>
    void Add(Quad quad);

    /// <summary>Removes a quad if present.</summary>
    void Remove(Quad quad);

    /// <summary>Removes every quad of one graph; a null <paramref name="graph"/> is the default graph.</summary>
    void ClearGraph(Term? graph);

    /// <summary>Publishes the batch atomically and ends it; the batch cannot be used afterwards.</summary>
    void Commit();
}
