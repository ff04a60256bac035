using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// The Hangfire recurring job that runs the campaigns whose next run is due, every minute. Each campaign runs in its own
/// scope and transaction (<see cref="RunCampaign"/>), so one that fails does not hold the others back; it is tried again
/// on the next pass, since its next run only moves when a run commits.
/// </summary>
internal sealed class CampaignRunJob(IServiceProvider services, TimeProvider clock, ILogger<CampaignRunJob> logger)
{
    public const string RecurringJobId = "surveys-campaign-runs";

    // No retry: the next minute's pass is the retry, and a slot never makes two runs.
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> Run(CancellationToken ct)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = services.CreateAsyncScope())
        {
            due = await RunCampaign.DueAsync(scope.ServiceProvider.GetRequiredService<IDb>(), clock.GetUtcNow(), ct);
        }

        var runs = 0;
        var failures = new List<Exception>();
        foreach (var campaignId in due)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunCampaign.Command(campaignId, RunNow: false), ct) is not null)
                {
                    runs++;
                }
            }
#pragma warning disable CA1031 // One campaign's failure must not stop the others; all are reported at the end.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Survey campaign {CampaignId} could not run", campaignId);
                failures.Add(e);
            }
        }

        return failures.Count > 0 ? throw new AggregateException("Some survey campaigns could not run.", failures) : runs;
    }
}
