using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewCoach.Bot.Storage;

/// <summary>Healthy when the Table service answers an authenticated request (list at most one table) within a few seconds.</summary>
internal sealed class TableStorageHealthCheck(TableServiceClient service) : IHealthCheck
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await service.PingAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Table storage answers.");
        }
        catch (RequestFailedException ex)
        {
            return HealthCheckResult.Unhealthy($"Table storage failed with status {ex.Status}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table storage did not answer in time.");
        }
    }
}
