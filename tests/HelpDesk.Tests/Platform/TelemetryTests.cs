using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using HelpDesk.Api.Platform;
using HelpDesk.Notifications.Sending;
using HelpDesk.Shared.Telemetry;
using HelpDesk.Sla.BreachCheck;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using static HelpDesk.Tests.Sla.SlaArrange;

namespace HelpDesk.Tests.Platform;

/// <summary>OpenTelemetry: the Prometheus scrape at /metrics, who may read it, and the product's own instruments.</summary>
public sealed class TelemetryTests : IntegrationTest
{
    private const string Token = "a-long-random-scrape-token-0123456789";

    /// <summary>
    /// An app of its own, with a scrape token. Its meters are new: the shared app's ASP.NET Core and outbox instruments
    /// share their names with those of every app the run has started, and the SDK stops exporting an instrument when a
    /// namesake is disposed with its app (one app per process in production, so only the tests meet this).
    /// </summary>
    private static HelpDeskFactory AppWithToken() => new(new Dictionary<string, string?> { ["HelpDesk:Telemetry:MetricsToken"] = Token });

    private static HttpClient Scraper(HelpDeskFactory app, string token = Token)
    {
        var client = app.CreatePlainClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Test]
    public async Task Metrics_WhenTicketsCreated_CountByChannel_ShowOutboxBacklogAndRequestDurations()
    {
        (await LoginAsNewUserAsync("agente@test.example", ["agent"])).Dispose();
        await using var app = AppWithToken();
        using var scraper = Scraper(app);
        using var agent = app.CreateBrowserClient();
        Assert.That((await agent.PostAsJsonAsync("/api/auth/login", new { email = "agente@test.example", password = "Password-1234" })).IsSuccessStatusCode);
        var before = await ScrapeAsync(scraper);
        await TicketApi.CreateAsync(agent, TicketApi.NewTicket(channel: "email"));
        await TicketApi.CreateAsync(agent, TicketApi.NewTicket(channel: "email"));
        await TicketApi.CreateAsync(agent, TicketApi.NewTicket(channel: "phone"));
        // The outbox gauges read the database at most once per CacheFor (by the app's clock): let a fresh read happen.
        App.Clock.Advance(OutboxMetrics.CacheFor + TimeSpan.FromSeconds(60));

        var after = await ScrapeAsync(scraper);
        var waiting = (await Outbox.AllAsync()).Count(e => e.SentAt is null);
        using var all = Assert.EnterMultipleScope();
        Assert.That(Value(after, "helpdesk_tickets_created_total", ("channel", "email"), ("type", "claim"))
                    - Value(before, "helpdesk_tickets_created_total", ("channel", "email"), ("type", "claim")), Is.EqualTo(2));
        Assert.That(Value(after, "helpdesk_tickets_created_total", ("channel", "phone"), ("type", "claim"))
                    - Value(before, "helpdesk_tickets_created_total", ("channel", "phone"), ("type", "claim")), Is.EqualTo(1));
        Assert.That(waiting, Is.EqualTo(3), "each ticket queued its acknowledgement");
        Assert.That(Value(after, "helpdesk_outbox_backlog"), Is.EqualTo(waiting));
        Assert.That(Value(after, "helpdesk_outbox_oldest_age_seconds"), Is.GreaterThanOrEqualTo(60));
        Assert.That(Value(after, "http_server_request_duration_seconds_count", ("http_route", "/api/tickets/"), ("http_request_method", "POST")),
            Is.GreaterThanOrEqualTo(3));
        Assert.That(after, Does.Not.Contain("José Pérez").And.Not.Contain("jose.perez"), "no customer data in the metrics");
    }

    [Test]
    public async Task Metrics_WhenAnonymousOrNotAnAdministrator_AreRefused()
    {
        using var anonymous = App.CreatePlainClient();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        using var partner = App.CreatePlainClient(await CreateApiKeyAsync("Aliado", "tickets:read", "tickets:write"));
        using var guessing = App.CreatePlainClient();
        guessing.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guess");

        using var all = Assert.EnterMultipleScope();
        await AssertRefusedAsync(anonymous, HttpStatusCode.Unauthorized);
        await AssertRefusedAsync(guessing, HttpStatusCode.Unauthorized);
        await AssertRefusedAsync(agent, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(supervisor, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(partner, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Metrics_WithTheConfiguredToken_AreServedToAScraper_AndStayOutOfTheApiContract()
    {
        await using var app = AppWithToken();
        using var scraper = Scraper(app);
        using var wrong = Scraper(app, Token[..^1]);
        using var admin = await LoginAsAdminAsync();

        Assert.That(await ScrapeAsync(scraper), Does.Contain("# TYPE helpdesk_outbox_backlog gauge"));
        Assert.That((await wrong.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await ScrapeAsync(admin), Does.Contain("# TYPE "), "administrators may read it too");
        var contract = await scraper.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.That(contract.GetProperty("paths").TryGetProperty("/metrics", out _), Is.False);
    }

    [Test]
    public async Task Traces_WhenAnOtlpEndpointIsConfigured_AreExportedToIt()
    {
        var port = TestSmtpServer.FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = collector.GetContextAsync();
        await using var app = new HelpDeskFactory(new Dictionary<string, string?>
        {
            ["HelpDesk:Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = app.CreatePlainClient();

        await client.GetAsync("/api/auth/me");
        app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);

        Assert.That(await Task.WhenAny(received, Task.Delay(TimeSpan.FromSeconds(10))), Is.SameAs(received), "the collector got an export");
        var export = await received;
        Assert.That(export.Request.HttpMethod, Is.EqualTo("POST"));
        Assert.That(export.Request.Url!.AbsolutePath, Is.EqualTo("/v1/traces"));
        export.Response.Close();
    }

    [Test]
    public async Task BreachCheckJob_WhenAClockCrosses_RecordsTheTransitionAndTheDuration()
    {
        var monday = MoveToMonday8(App);
        using (var admin = await LoginAsAdminAsync())
        {
            await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(await OfficeCalendarAsync(admin))));
        }

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await TicketApi.CreateAsync(agent);
        // 75 % of the 120-minute first response is 90 minutes.
        App.Clock.SetUtcNow(Local(monday, 0, 9, 31));
        using var recorded = new RecordedMetrics();

        await App.Services.GetRequiredService<BreachCheckJob>().Run(CancellationToken.None);

        using var all = Assert.EnterMultipleScope();
        Assert.That(recorded.Sum("helpdesk.sla.transitions", ("transition", "at_risk")), Is.EqualTo(1));
        Assert.That(recorded.Sum("helpdesk.sla.transitions", ("transition", "breached")), Is.Zero);
        Assert.That(recorded.Values("helpdesk.sla.breach_check.duration"), Has.Count.EqualTo(1).And.All.GreaterThan(0));
    }

    [Test]
    public async Task OutboxDispatch_WhenTheMailServerIsDown_CountsTheFailedEmail()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await TicketApi.CreateAsync(agent);
        // Nothing listens on this port: the connection is refused.
        await using var app = new HelpDeskFactory(TicketIntakeTests.SmtpSettings(TestSmtpServer.FreePort()));
        using var recorded = new RecordedMetrics();

        Assert.That(await Outbox.DispatchAsync(app), Is.Zero);

        Assert.That(recorded.Sum("helpdesk.emails.failed", ("outcome", "retry")), Is.EqualTo(1));
        Assert.That(recorded.Sum("helpdesk.emails.failed", ("outcome", "given_up")), Is.Zero);
    }

    [Test]
    public void JobRun_WhenTheJobThrows_CountsAFailureByJobName()
    {
        var storage = App.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var performer = new BackgroundJobPerformer(new JobFilterCollection { new JobTelemetry() }, new JobActivator());
        PerformContext Context(string method) => new(storage, connection,
            new BackgroundJob("1", new Job(typeof(SampleJob), typeof(SampleJob).GetMethod(method)!), DateTime.UtcNow), new JobCancellationToken(false));
        using var recorded = new RecordedMetrics();

        performer.Perform(Context(nameof(SampleJob.Succeed)));
        Assert.That(() => performer.Perform(Context(nameof(SampleJob.Fail))), Throws.Exception);

        Assert.That(recorded.Sum("helpdesk.jobs.failed", ("job.name", "SampleJob.Fail")), Is.EqualTo(1));
        Assert.That(recorded.Sum("helpdesk.jobs.failed", ("job.name", "SampleJob.Succeed")), Is.Zero);
    }

    public static class SampleJob
    {
        public static void Succeed()
        {
        }

        public static void Fail() => throw new InvalidOperationException("the job failed");
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text;
    }

    private static async Task AssertRefusedAsync(HttpClient client, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("helpdesk_"));
    }

    /// <summary>The value of the first sample of a metric (Prometheus text format) carrying these labels; 0 when there is none.</summary>
    private static double Value(string scrape, string metric, params (string Name, string Value)[] labels)
    {
        foreach (var line in scrape.Split('\n'))
        {
            if ((line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
                && labels.All(l => line.Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal)))
            {
                var afterLabels = line[(line.LastIndexOf('}') + 1)..].Trim();
                return double.Parse(afterLabels.Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
