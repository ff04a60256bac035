using System.Diagnostics.Metrics;
using Dapper;
using HelpDesk.Shared.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HelpDesk.Notifications.Sending;

/// <summary>
/// The outbox's gauges, helpdesk.outbox.backlog and helpdesk.outbox.oldest_age: emails waiting to be sent (not sent, not
/// given up) and how long the oldest has waited. Both come from one query (served by outbox_emails_due_idx, a partial
/// index of exactly those rows), read at most once per <see cref="CacheFor"/> however often the metrics are collected.
/// Created when the app starts, on a meter of the app's own container, so they go away with the app.
/// </summary>
internal sealed class OutboxMetrics(IMeterFactory meters, IServiceProvider services, TimeProvider clock, ILogger<OutboxMetrics> logger)
    : IHostedService
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private const string BacklogSql = """
        SELECT count(*) AS waiting, min(created_at) AS oldest
        FROM notifications.outbox_emails
        WHERE sent_at IS NULL AND failed_at IS NULL
        """;

    private sealed record Backlog(long Waiting, DateTimeOffset? Oldest);

    private readonly Lock gate = new();
    private (Backlog Value, DateTimeOffset ReadAt)? last;

    /// <summary>Counts one failed send: a retry follows, or it was the last attempt and the email is given up.</summary>
    public static void EmailFailed(int attempt) =>
        HelpDeskMetrics.EmailsFailed.Add(1, new KeyValuePair<string, object?>("outcome", attempt >= OutboxDispatcher.MaxAttempts ? "given_up" : "retry"));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = meters.Create(HelpDeskMetrics.MeterName);
        meter.CreateObservableGauge("helpdesk.outbox.backlog", () => Observe(b => b.Waiting), "{email}",
            "Outbox emails waiting to be sent (not sent, not given up).");
        meter.CreateObservableGauge("helpdesk.outbox.oldest_age", () => Observe(b => Age(b.Oldest)), "s",
            "How long the oldest waiting outbox email has waited (0 when none waits).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private double Age(DateTimeOffset? oldest) => oldest is { } at ? Math.Max(0, (clock.GetUtcNow() - at).TotalSeconds) : 0;

    private IEnumerable<Measurement<T>> Observe<T>(Func<Backlog, T> value)
        where T : struct
    {
        var backlog = Read();
        return backlog is null ? [] : [new Measurement<T>(value(backlog))];
    }

    private Backlog? Read()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (last is { } cached && now >= cached.ReadAt && now - cached.ReadAt < CacheFor)
            {
                return cached.Value;
            }

            try
            {
                // Resolved at the first read: the build starts this app without a database to write the OpenAPI document.
                using var connection = services.GetRequiredService<NpgsqlDataSource>().OpenConnection();
                var backlog = connection.QuerySingle<Backlog>(BacklogSql);
                last = (backlog, now);
                return backlog;
            }
#pragma warning disable CA1031 // A scrape while the database is away reports no outbox values rather than failing.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning("Outbox backlog not read for metrics: {Error}", e.Message);
                return null;
            }
        }
    }
}
