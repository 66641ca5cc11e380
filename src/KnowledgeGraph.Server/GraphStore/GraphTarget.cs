using KnowledgeGraph.Rdf.Terms;
using KnowledgeGraph.Server.Resources;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.GraphStore;

/// <summary>
/// Which graph a Graph Store Protocol request names. Indirectly, on the service (<c>/rdf-graphs/service</c>):
/// <c>?graph=IRI</c> or <c>?default</c>, or neither for a POST that creates a new graph. Directly: any other path under
/// <c>/rdf-graphs/</c> names the graph whose IRI is that path under the server's base IRI, which is also what the
/// service's <c>Location</c> for a created graph points to.
/// </summary>
internal readonly record struct GraphTarget(Iri? Graph, bool IsDefault, bool IsNew)
{
    public const string Prefix = "rdf-graphs/";
    public const string ServicePath = Prefix + "service";

    /// <summary>Resolves the request's target, or returns an error message for a 400.</summary>
    public static GraphTarget? Resolve(HttpRequest request, IriMapper mapper, out string? error)
    {
        error = null;
        string path = request.Path.Value?.TrimStart('/') ?? "";
        if (path != ServicePath)
        {
            return new GraphTarget(new Iri(mapper.IriOf(path)), false, false);
        }
        bool hasGraph = request.Query.TryGetValue("graph", out var graphValues);
        bool hasDefault = request.Query.ContainsKey("default");
        if (hasGraph && hasDefault)
        {
            error = "Name either ?graph=IRI or ?default, not both.";
            return null;
        }
        if (hasDefault)
        {
            return new GraphTarget(null, true, false);
        }
        if (!hasGraph)
        {
            if (HttpMethods.IsPost(request.Method))
            {
                return new GraphTarget(new Iri(mapper.IriOf(Prefix + Guid.NewGuid().ToString("N"))), false, true);
            }
            error = "The graph store service needs ?graph=IRI or ?default (only a POST without them creates a new graph).";
            return null;
        }
        if (graphValues.Count != 1 || string.IsNullOrEmpty(graphValues[0]))
        {
            error = "Give exactly one ?graph=IRI.";
            return null;
        }
        try
        {
            var iri = new Iri(graphValues[0]!);
            if (!Uri.TryCreate(iri.Value, UriKind.Absolute, out _))
            {
                error = $"The graph '{graphValues[0]}' is not an absolute IRI.";
                return null;
            }
            return new GraphTarget(iri, false, false);
        }
        catch (ArgumentException invalid)
        {
            error = $"The graph '{graphValues[0]}' is not an IRI: {invalid.Message}";
            return null;
        }
    }
}
