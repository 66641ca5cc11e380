using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Pages;

/// <summary>The site's own static assets, embedded in the assembly so no file or CDN is needed at run time.</summary>
internal static class SiteAssets
{
    private static readonly Lazy<byte[]> Css = new(() => Read("KnowledgeGraph.Server.Assets.site.css"));

    public static IResult Stylesheet(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Css.Value, "text/css; charset=utf-8");
    }

    private static byte[] Read(string name)
    {
        using Stream stream = typeof(SiteAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
