using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Notifications.Sending;

/// <summary>
/// Sends queued emails shortly after they are queued (woken by <see cref="IOutboxKick"/>) and every PollSeconds otherwise.
/// The Hangfire recurring job "send-outbox-emails" does the same once a minute, so a node without this loop still sends.
/// </summary>
internal sealed class OutboxLoop(IServiceProvider services, OutboxKick kick, EmailOptions options, ILogger<OutboxLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Kicked once the transaction that queued an email has committed (IDb.AfterCommit).
                await kick.WaitAsync(TimeSpan.FromSeconds(options.PollSeconds), stoppingToken);
                await OutboxJob.RunAsync(services, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a database hiccup; the next round retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Outbox dispatch failed");
            }
        }
    }
}

/// <summary>The Hangfire face of the dispatcher.</summary>
internal sealed class OutboxJob(IServiceProvider services)
{
    public const string RecurringJobId = "send-outbox-emails";

    // No retry (the next minute's run is the retry) and no Hangfire lock: the dispatcher's SKIP LOCKED claims already keep
    // concurrent runs apart, and a lock row left by a killed process would block the job until it expired.
    [AutomaticRetry(Attempts = 0)]
    public Task SendDueEmails(CancellationToken ct) => RunAsync(services, ct);

    internal static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        int sent;
        do
        {
            await using var scope = services.CreateAsyncScope();
            sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendDueAsync(ct);
        }
        while (sent == OutboxDispatcher.BatchSize);
    }
}
