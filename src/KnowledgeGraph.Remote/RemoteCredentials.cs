using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>How a remote store authenticates us.</summary>
public enum RemoteAuthScheme
{
    /// <summary>No credentials.</summary>
    None,

    /// <summary>HTTP Basic (RFC 7617), sent with every request.</summary>
    Basic,

    /// <summary>HTTP Digest (RFC 7616), answered to the server's challenge before any body is sent (Virtuoso's GSP needs it).</summary>
    Digest,

    /// <summary>An OAuth-style bearer token (RFC 6750), as our own server's update token.</summary>
    Bearer,
}

/// <summary>The credentials of a remote store.</summary>
/// <param name="Scheme">The authentication scheme.</param>
/// <param name="User">The user name (Basic, Digest).</param>
/// <param name="Secret">The password (Basic, Digest) or the token (Bearer).</param>
public sealed record RemoteCredentials(RemoteAuthScheme Scheme, string User = "", string Secret = "")
{
    /// <summary>No credentials.</summary>
    public static RemoteCredentials None { get; } = new(RemoteAuthScheme.None);

    /// <summary>The header sent with every request, or null when the transport answers a challenge instead (Digest).</summary>
    internal AuthenticationHeaderValue? Header() => Scheme switch
    {
        RemoteAuthScheme.Basic => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Secret))),
        RemoteAuthScheme.Bearer => new AuthenticationHeaderValue("Bearer", Secret),
        _ => null,
    };

    /// <summary>Never shows the secret (these records end up in logs and error messages).</summary>
    public override string ToString() => Scheme == RemoteAuthScheme.None ? "no credentials" : $"{Scheme} as '{User}'";
}
