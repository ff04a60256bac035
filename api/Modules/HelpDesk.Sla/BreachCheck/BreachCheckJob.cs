using System.Diagnostics;
using Hangfire;
using HelpDesk.Shared.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.BreachCheck;

/// <summary>
/// The Hangfire recurring job that runs the breach check every minute. A pass that stops at its limit (a whole day's
/// terms crossing at once) queues the next pass at once instead of waiting a minute.
/// </summary>
internal sealed class BreachCheckJob(IServiceProvider services)
{
    public const string RecurringJobId = "sla-breach-check";

    // No retry: the next minute's run is the retry, and a pass never records anything twice.
    [AutomaticRetry(Attempts = 0)]
    public async Task<BreachCheck.Result> Run(CancellationToken ct)
    {
        BreachCheck.Result result;
        var started = Stopwatch.GetTimestamp();
        await using (var scope = services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BreachCheck.Command(), ct);
        }

        // Recorded once the pass has committed; a pass that fails counts in helpdesk.jobs.failed instead.
        HelpDeskMetrics.BreachCheckDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);

        if (result.More)
        {
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<BreachCheckJob>(job => job.Run(CancellationToken.None));
        }

        return result;
    }
}
