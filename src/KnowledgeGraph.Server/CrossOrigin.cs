using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server;

/// <summary>
/// CORS for a public read-only dataset: any origin may read (so browser-based SPARQL clients such as YASGUI work),
/// and preflight requests for POSTed queries are answered here.
/// </summary>
internal static class CrossOrigin
{
    public static async Task Middleware(HttpContext http, RequestDelegate next)
    {
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.AccessControlExposeHeaders = "Link, Location, ETag, Content-Type";
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            http.Response.Headers.AccessControlAllowMethods = "GET, HEAD, POST";
            http.Response.Headers.AccessControlAllowHeaders = "Accept, Content-Type, Authorization";
            http.Response.Headers.AccessControlMaxAge = "86400";
            http.Response.StatusCode = 204;
            return;
        }
        await next(http).ConfigureAwait(false);
    }
}
