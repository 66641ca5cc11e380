namespace KnowledgeGraph.Linking.Wikidata;

/// <summary>
/// Reads the whole body inside the resilience pipeline, so a connection dropped mid-body fails the attempt (and is
/// retried) instead of failing later, outside it; the transient-failure check can then read the body too.
/// </summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        return response;
    }
}
