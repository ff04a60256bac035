// The app's Program, beside the bench's own.
extern alias app;

using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using HelpDesk.Benchmarks.Load;
using HelpDesk.Sla.BreachCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace HelpDesk.Benchmarks.Measurements;

/// <summary>
/// 4. The SLA breach check at its worst minutes. Every legal term of one day ends at the same local midnight, and 75 % of
/// a 15-business-day term falls at 06:00, so whole days of tickets cross at one instant. Which minute a pass meets
/// depends on the hour the benchmark runs, so this measurement does not wait for it: it runs the app in process with a
/// clock it sets and calls the app's own job (<see cref="BreachCheckJob"/>, what Hangfire calls every minute) at the
/// busiest minute for breaches and the busiest for warnings in the week after the generated history ends. Before each
/// burst a pass a minute earlier catches up what crossed since (so the burst pass is warm, as the every-minute job is).
/// A pass records at most a few thousand transitions and then queues the next one at once; every pass of a burst is
/// reported. After the last burst, a pass a minute later must record nothing again. It runs before the app process starts, whose own
/// Hangfire passes would otherwise take these transitions at real time.
/// </summary>
internal static class BreachBursts
{
    public const string Section = "4. SLA breach check (the app's job, at the busiest minutes)";

    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    private sealed record Burst(string Kind, DateTimeOffset At, long Expected);

    public static async Task RunAsync(string connectionString, NpgsqlDataSource db, DateTimeOffset until, bool smoke, List<ResultRow> rows, List<string> notes, CancellationToken ct)
    {
        Console.WriteLine("SLA breach check at the busiest minutes (the app's job in process, clock set by the bench) ...");
        var open = await ScalarAsync(db, "SELECT count(*) FROM tickets.tickets WHERE status NOT IN ('answered', 'closed')", null, ct);
        var running = await ScalarAsync(db, "SELECT count(*) FROM sla.clocks WHERE state = 'running'", null, ct);
        var bursts = new List<Burst>();
        foreach (var (kind, column, filter) in new[] { ("breaches", "due_at", "true"), ("warnings", "warn_at", "warned_at IS NULL") })
        {
            await using var cmd = db.CreateCommand($"""
                SELECT date_trunc('minute', {column}), count(*) FROM sla.clocks
                WHERE state = 'running' AND {filter} AND {column} > @Until AND {column} < @Until + interval '7 days'
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1
                """);
            cmd.Parameters.AddWithValue("Until", until);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct))
            {
                bursts.Add(new Burst(kind, new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(0), DateTimeKind.Utc)), r.GetInt64(1)));
            }
        }

        if (bursts.Count == 0)
        {
            notes.Add("- SLA breach check: no running clock crosses in the week after the history; not measured.");
            return;
        }

        var clock = new FakeTimeProvider(until);
        await using var app = new InProcessApp(connectionString, clock);
        var job = new BreachCheckJob(app.Services);
        DateTimeOffset last = until;
        foreach (var burst in bursts.OrderBy(b => b.At))
        {
            var local = TimeZoneInfo.ConvertTime(burst.At, Bogota);
            var catchUp = await DrainAsync(db, job, clock, burst.At.AddMinutes(-1), ct);
            var caughtUp = new PassResult(
                TimeSpan.FromTicks(catchUp.Sum(p => p.Elapsed.Ticks)), catchUp.Sum(p => p.AtRisk), catchUp.Sum(p => p.Breached), catchUp.Sum(p => p.Events),
                catchUp.Sum(p => p.Notices), catchUp.Sum(p => p.Emails), false);
            rows.Add(Row($"catch-up at {local.AddMinutes(-1):ddd d MMM HH:mm} Bogotá (from {TimeZoneInfo.ConvertTime(last, Bogota):ddd d MMM HH:mm}), {catchUp.Count} pass{(catchUp.Count == 1 ? "" : "es")} in all", caughtUp, null, ""));
            var at = burst.At.AddSeconds(30);
            var passes = await DrainAsync(db, job, clock, at, ct);

            for (var k = 0; k < passes.Count; k++)
            {
                var of = passes.Count > 1 ? $", pass {k + 1} of {passes.Count} ({passes.Sum(p => p.AtRisk + p.Breached):N0} crossed in all)" : "";
                rows.Add(Row($"busiest minute for {burst.Kind}: {local:ddd d MMM HH:mm} Bogotá{of}, over {open:N0} open tickets ({running:N0} running clocks)",
                    passes[k], smoke ? null : passes[k].Elapsed.TotalMilliseconds < 1000, "< 1 s over 200,000 open tickets"));
            }

            last = at.AddSeconds(passes.Count);
        }

        var quiet = await PassAsync(db, job, clock, last.AddMinutes(1), ct);
        var twice = await ScalarAsync(db, """
            SELECT count(*) FROM (SELECT ticket_id, type, data::text FROM tickets.events WHERE type LIKE 'sla_%' AND occurred_at > @Until
                                  GROUP BY 1, 2, 3 HAVING count(*) > 1) d
            """, until, ct);
        rows.Add(Row("the next minute's pass", quiet, smoke ? null : twice == 0, "records nothing twice", $"; transitions recorded twice: {twice:N0}"));
    }

    private sealed record PassResult(TimeSpan Elapsed, long AtRisk, long Breached, long Events, long Notices, long Emails, bool More);

    /// <summary>
    /// Passes until one ends below its limit: a pass that stops at it queues the next at once (Hangfire runs it seconds
    /// later); here it runs one second later.
    /// </summary>
    private static async Task<List<PassResult>> DrainAsync(NpgsqlDataSource db, BreachCheckJob job, FakeTimeProvider clock, DateTimeOffset at, CancellationToken ct)
    {
        var passes = new List<PassResult>();
        do
        {
            passes.Add(await PassAsync(db, job, clock, at.AddSeconds(passes.Count), ct));
        }
        while (passes[^1].More && passes.Count < 100);

        return passes;
    }

    private static async Task<PassResult> PassAsync(NpgsqlDataSource db, BreachCheckJob job, FakeTimeProvider clock, DateTimeOffset at, CancellationToken ct)
    {
        clock.SetUtcNow(at);
        var watch = Stopwatch.StartNew();
        var more = (await job.Run(ct)).More;
        watch.Stop();

        // A pass stamps everything it records with its instant.
        await using var cmd = db.CreateCommand("""
            SELECT (SELECT count(*) FROM sla.clocks WHERE warned_at = @At AND breached_at IS DISTINCT FROM @At),
                   (SELECT count(*) FROM sla.clocks WHERE breached_at = @At AND stopped_at IS NULL),
                   (SELECT count(*) FROM tickets.events WHERE type LIKE 'sla_%' AND occurred_at = @At),
                   (SELECT count(*) FROM notifications.notices WHERE created_at = @At),
                   (SELECT count(*) FROM notifications.outbox_emails WHERE created_at = @At)
            """);
        cmd.Parameters.AddWithValue("At", at);
        cmd.CommandTimeout = 0;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        var result = new PassResult(watch.Elapsed, r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), more);
        Console.WriteLine($"  pass at {at:yyyy-MM-dd HH:mm:ss} UTC: {result.Elapsed.TotalMilliseconds:N0} ms, {result.AtRisk:N0} at risk, {result.Breached:N0} breached, " +
                          $"{result.Events:N0} events, {result.Notices:N0} notices, {result.Emails:N0} emails");
        return result;
    }

    private static ResultRow Row(string name, PassResult p, bool? met, string target, string extra = "")
    {
        var ms = p.Elapsed.TotalMilliseconds;
        var summary = new LatencySummary(ms, ms, ms, ms, 1, 0, 0, 0, p.Elapsed);
        var note = $"{p.AtRisk:N0} at risk + {p.Breached:N0} breached recorded, {p.Events:N0} timeline events, {p.Notices:N0} notices, {p.Emails:N0} emails{extra}";
        return new ResultRow(Section, name, summary, target, met, note, "pass");
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql, DateTimeOffset? until, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        if (until is { } u)
        {
            cmd.Parameters.AddWithValue("Until", u);
        }

        cmd.CommandTimeout = 0;
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The app in this process: no Hangfire server, no migrations (the database is ready), the bench's clock.</summary>
    private sealed class InProcessApp : WebApplicationFactory<app::Program>
    {
        private readonly string connectionString;
        private readonly TimeProvider clock;

        public InProcessApp(string connectionString, TimeProvider clock)
        {
            this.connectionString = connectionString;
            this.clock = clock;
            // Any existing folder: the app serves no files here (the default guess, <solution>/HelpDesk.Api, does not exist).
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HELPDESK_API", AppContext.BaseDirectory);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:HelpDesk", connectionString);
            builder.UseSetting("HelpDesk:Demo", "false");
            builder.UseSetting("HelpDesk:RunJobs", "false");
            builder.UseSetting("HelpDesk:MigrateOnStart", "false");
            builder.UseSetting("HelpDesk:SpaPath", "");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
                // The bench runs the follow-up passes itself; queued ones would wait in Hangfire and run in the app process later.
                services.RemoveAll<IBackgroundJobClient>();
                services.AddSingleton<IBackgroundJobClient, NoFollowUps>();
            });
        }
    }

    private sealed class NoFollowUps : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => "";

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
