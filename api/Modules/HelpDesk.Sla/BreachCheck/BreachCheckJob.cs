using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla.BreachCheck;

/// <summary>The Hangfire recurring job that runs the breach check every minute.</summary>
internal sealed class BreachCheckJob(IServiceProvider services)
{
    public const string RecurringJobId = "sla-breach-check";

    // No retry: the next minute's run is the retry, and a pass never records anything twice.
    [AutomaticRetry(Attempts = 0)]
    public async Task Run(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BreachCheck.Command(), ct);
    }
}
