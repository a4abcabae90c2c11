using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>UserAssignedMSI bots: a managed-identity token for the Bot Connector, cached until five minutes before it expires.</summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<BotFrameworkOptions> options, TimeProvider time) : IConnectorTokenProvider, IDisposable
{
    private static readonly TokenRequestContext s_request = new([MsalTokenProvider.Scope]);
    private readonly TokenCredential _credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.Value.MicrosoftAppId!));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _token;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_token is { } cached && cached.ExpiresOn - time.GetUtcNow() > TimeSpan.FromMinutes(5))
        {
            return cached.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is not { } current || current.ExpiresOn - time.GetUtcNow() <= TimeSpan.FromMinutes(5))
            {
                _token = await _credential.GetTokenAsync(s_request, cancellationToken).ConfigureAwait(false);
            }

            return _token.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
