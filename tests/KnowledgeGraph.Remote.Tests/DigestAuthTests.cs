using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf.Terms;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// Digest authentication against a fake store that behaves like Virtuoso's <c>/sparql-graph-crud-auth</c>: a 401
/// digest challenge to anything unauthenticated, and a write body must never travel without credentials.
/// </summary>
public sealed class DigestAuthTests
{
    private const string Realm = "SPARQL";
    private const string Nonce = "6b9e19db7a9d765176a4b30a15868255";
    private const string Opaque = "5ebe2294ecd0e0f08eab7690d2a6ee69";

    [Fact]
    public async Task The_body_is_sent_only_once_and_with_a_valid_digest_answer()
    {
        var store = new DigestStore("dba", "dba");
        using var client = new GraphStoreClient(new Uri("http://store.test/sparql-graph-crud-auth"), new RemoteCredentials(RemoteAuthScheme.Digest, "dba", "dba"), Fast.Options(), store);

        await client.PutAsync(new Iri("http://example.org/g"), [new Triple(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("o"))]);

        Assert.Equal(1, store.BodiesAccepted);
        Assert.Equal(0, store.BodiesWithoutCredentials);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_before_any_body_is_sent()
    {
        var store = new DigestStore("dba", "dba");
        using var client = new GraphStoreClient(new Uri("http://store.test/sparql-graph-crud-auth"), new RemoteCredentials(RemoteAuthScheme.Digest, "dba", "wrong"), Fast.Options(), store);

        var error = await Assert.ThrowsAsync<RemoteStoreException>(() => client.PutAsync(new Iri("http://example.org/g"), []));

        Assert.Equal(401, error.Status);
        Assert.Equal(0, store.BodiesAccepted + store.BodiesWithoutCredentials);
    }

    /// <summary>Checks each request's digest answer by RFC 7616 (MD5, qop=auth) and counts the bodies it saw.</summary>
    private sealed class DigestStore(string user, string password) : HttpMessageHandler
    {
        public int BodiesAccepted { get; private set; }

        public int BodiesWithoutCredentials { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            bool valid = request.Headers.Authorization is { Scheme: "Digest", Parameter: { } parameter } && Valid(request, parameter);
            if (request.Content is not null && request.Method != HttpMethod.Head)
            {
                if (!valid)
                {
                    BodiesWithoutCredentials++;
                }
                else
                {
                    BodiesAccepted++;
                }
            }
            if (valid)
            {
                return Task.FromResult(new HttpResponseMessage(request.Method == HttpMethod.Put ? HttpStatusCode.Created : HttpStatusCode.OK));
            }
            var challenge = new HttpResponseMessage(HttpStatusCode.Unauthorized);
            challenge.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Digest",
                $"realm=\"{Realm}\", domain=\"/sparql-graph-crud-auth\", nonce=\"{Nonce}\", opaque=\"{Opaque}\", stale=\"false\", qop=\"auth\", algorithm=\"MD5\""));
            return Task.FromResult(challenge);
        }

        private bool Valid(HttpRequestMessage request, string parameter)
        {
            Dictionary<string, string> f = parameter.Split(", ")
                .Select(static p => p.Split('=', 2))
                .ToDictionary(static p => p[0], static p => p[1].Trim('"'));
            string ha1 = Md5($"{user}:{Realm}:{password}");
            string ha2 = Md5($"{request.Method.Method}:{request.RequestUri!.PathAndQuery}");
            return f["username"] == user && f["realm"] == Realm && f["nonce"] == Nonce && f["opaque"] == Opaque
                && f["uri"] == request.RequestUri.PathAndQuery && f["qop"] == "auth"
                && f["response"] == Md5($"{ha1}:{Nonce}:{f["nc"]}:{f["cnonce"]}:auth:{ha2}");
        }

#pragma warning disable CA5351 // the Digest scheme is MD5
        private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }
}
