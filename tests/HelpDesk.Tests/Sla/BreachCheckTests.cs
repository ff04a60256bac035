using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static HelpDesk.Tests.Sla.SlaArrange;

namespace HelpDesk.Tests.Sla;

public sealed class BreachCheckTests : IntegrationTest
{
    private static async Task<List<string>> NoticeTitlesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<List<JsonElement>>("/api/notices"))!.Select(n => n.Str("title"))];

    /// <summary>Monday 08:00, the office calendar and the claims policy (120-minute first response, 600-minute resolution).</summary>
    private static async Task<DateTimeOffset> ClaimPolicyOnMonday8Async()
    {
        var monday = MoveToMonday8(App);
        using var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        return monday;
    }

    /// <summary>The office calendar and the CREDITO area (manager jefe.credito@example.com) answering topic CRED within this OLA.</summary>
    private static async Task<(Guid Area, Guid Topic)> CreditAreaWithManagerAsync(int olaMinutes)
    {
        using var admin = await LoginAsAdminAsync();
        await OfficeCalendarAsync(admin);
        var area = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = "jefe.credito@example.com" }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area, parentId = (Guid?)null, code = "CRED", name = "Créditos" }));
        await IdOf(await admin.PostAsJsonAsync("/api/escalation/matrix", new { topicId = topic, areaId = area, olaMinutes }));
        return (area, topic);
    }

    [Test]
    public async Task TwoChecksAtOnce_RecordAndNotifyEachTransitionOnce_AtRiskToTheAssignee_BreachedAlsoToSupervisors()
    {
        var monday = await ClaimPolicyOnMonday8Async();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        var me = (await agent.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var number = (await TicketApi.CreateAsync(agent, new
        {
            type = "claim", channel = "phone", subject = "Demora", description = "x", assigneeId = me,
            customer = new { documentType = "CC", documentNumber = "55555555", fullName = "Ana Ruiz" },
        })).Number();

        // 75 % of the 120-minute first response is 90 minutes.
        App.Clock.SetUtcNow(Local(monday, 0, 9, 31));
        var runs = await Task.WhenAll(RunBreachCheckAsync(App), RunBreachCheckAsync(App));
        Assert.That(runs.Sum(r => r.AtRisk), Is.EqualTo(1), "one of the two passes records the transition, the other finds it done");
        Assert.That(await NoticeTitlesAsync(agent), Is.EqualTo(new[] { $"[{number}] En riesgo: primera respuesta" }));
        Assert.That(await NoticeTitlesAsync(supervisor), Is.Empty, "at risk goes to the assignee only");
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("slaState"), Is.EqualTo("at_risk"));

        App.Clock.SetUtcNow(Local(monday, 0, 10, 1));
        runs = await Task.WhenAll(RunBreachCheckAsync(App), RunBreachCheckAsync(App), RunBreachCheckAsync(App));
        Assert.That(runs.Sum(r => r.Breached), Is.EqualTo(1));
        Assert.That(runs.Sum(r => r.AtRisk), Is.Zero);
        Assert.That(await NoticeTitlesAsync(supervisor), Is.EqualTo(new[] { $"[{number}] Vencido: primera respuesta" }));
        Assert.That((await NoticeTitlesAsync(agent)).Count(t => t.Contains("Vencido", StringComparison.Ordinal)), Is.EqualTo(1));

        var timeline = await TicketApi.TimelineTypesAsync(agent, number);
        Assert.That(timeline.Count(t => t == "sla_at_risk"), Is.EqualTo(1));
        Assert.That(timeline.Count(t => t == "sla_breached"), Is.EqualTo(1));
        var sla = await SlaAsync(agent, number);
        Assert.That(sla.Clock("first_response").Str("state"), Is.EqualTo("breached"));
        Assert.That(sla.Clock("first_response").GetProperty("remainingSeconds").GetInt64(), Is.LessThan(0));
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("slaState"), Is.EqualTo("breached"));

        var list = await agent.GetFromJsonAsync<JsonElement>("/api/sla/at-risk?state=breached");
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.Str("ticketNumber")), Is.EqualTo(new[] { number }));

        // A late first reply stops the clock, still breached.
        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "Estamos revisando." });
        Assert.That((await SlaAsync(agent, number)).Clock("first_response").Str("state"), Is.EqualTo("breached"));
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.Zero);
    }

    [Test]
    public async Task AtRiskAndBreached_ShowInListsFromTheirInstants_AndThePassDoesNotRewriteTheTicket()
    {
        var monday = await ClaimPolicyOnMonday8Async();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent, new
        {
            type = "claim", channel = "phone", subject = "Demora", description = "x",
            customer = new { documentType = "CC", documentNumber = "55555555", fullName = "Ana Ruiz" },
        })).Number();
        async Task<string?> InAtRiskQueueAsync()
        {
            var page = await agent.GetFromJsonAsync<JsonElement>("/api/tickets?queue=at_risk&sort=due");
            return page.GetProperty("items").EnumerateArray().Where(i => i.Str("number") == number).Select(i => i.Str("slaState")).SingleOrDefault();
        }

        async Task<string?> ListedWithStateAsync(string state)
        {
            var page = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets?slaState={state}");
            return page.GetProperty("items").EnumerateArray().Select(i => i.Str("number")).SingleOrDefault();
        }

        App.Clock.SetUtcNow(Local(monday, 0, 9, 29));
        Assert.That(await InAtRiskQueueAsync(), Is.Null);
        Assert.That(await ListedWithStateAsync("running"), Is.EqualTo(number));

        // Past the warning instant (90 of 120 minutes): at risk before any pass of the breach check has run.
        App.Clock.SetUtcNow(Local(monday, 0, 9, 31));
        Assert.That(await InAtRiskQueueAsync(), Is.EqualTo("at_risk"));
        Assert.That(await ListedWithStateAsync("at_risk"), Is.EqualTo(number));
        Assert.That(await ListedWithStateAsync("running"), Is.Null);
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("slaState"), Is.EqualTo("at_risk"));
        Assert.That((await SlaAsync(agent, number)).Str("state"), Is.EqualTo("at_risk"));

        // The pass records and notifies the transition; the ticket row stays the same version of itself.
        var before = await TicketRowVersionAsync(number);
        Assert.That((await RunBreachCheckAsync(App)).AtRisk, Is.EqualTo(1));
        Assert.That(await TicketRowVersionAsync(number), Is.EqualTo(before));

        App.Clock.SetUtcNow(Local(monday, 0, 10, 1));
        Assert.That(await InAtRiskQueueAsync(), Is.EqualTo("breached"));
        Assert.That(await ListedWithStateAsync("breached"), Is.EqualTo(number));
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("slaState"), Is.EqualTo("breached"));
    }

    /// <summary>The physical row version (xmin): it changes whenever anything rewrites the row.</summary>
    private static async Task<string> TicketRowVersionAsync(string number)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xmin::text FROM tickets.tickets WHERE number = @Number", connection);
        command.Parameters.AddWithValue("Number", number);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Test]
    public async Task ManyBreachesInOnePass_EachToItsAssignee_OneSummaryToSupervisors()
    {
        var monday = await ClaimPolicyOnMonday8Async();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        var me = (await agent.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        const int tickets = 21;
        for (var i = 0; i < tickets; i++)
        {
            await TicketApi.CreateAsync(agent, new
            {
                type = "claim", channel = "phone", subject = $"Demora {i}", description = "x", assigneeId = me,
                customer = new { documentType = "CC", documentNumber = $"5555{i:0000}", fullName = "Ana Ruiz" },
            });
        }

        // Past the 120-minute first response of all of them at once.
        App.Clock.SetUtcNow(Local(monday, 0, 10, 1));
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.EqualTo(tickets));

        Assert.That(await NoticeTitlesAsync(agent), Is.EqualTo(new[] { $"Plazos: {tickets} vencidos" }), "one digest for the assignee");
        Assert.That(await NoticeTitlesAsync(supervisor), Is.EqualTo(new[] { $"{tickets} plazos vencidos" }));
    }

    [Test]
    public async Task ManyClocksOfOnePersonCrossInOnePass_TheyGetOneDigestListingThem()
    {
        var monday = await ClaimPolicyOnMonday8Async();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var other = await LoginAsNewUserAsync("otro@test.example", ["agent"]);
        var me = (await agent.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var them = (await other.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var mine = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            mine.Add((await TicketApi.CreateAsync(agent, new
            {
                type = "claim", channel = "phone", subject = $"Demora {i}", description = "x", assigneeId = i < 3 ? me : them,
                customer = new { documentType = "CC", documentNumber = $"5555{i:0000}", fullName = "Ana Ruiz" },
            })).Number());
        }

        // Past 75 % of the 120-minute first responses, all at once.
        App.Clock.SetUtcNow(Local(monday, 0, 9, 31));
        Assert.That((await RunBreachCheckAsync(App)).AtRisk, Is.EqualTo(4));

        var notices = (await agent.GetFromJsonAsync<List<JsonElement>>("/api/notices"))!;
        Assert.That(notices.Select(n => n.Str("title")), Is.EqualTo(new[] { "Plazos: 3 en riesgo" }));
        var body = notices[0].Str("body");
        Assert.That(mine.Take(3), Is.All.Matches<string>(n => body.Contains($"- {n} en riesgo: primera respuesta, vence ", StringComparison.Ordinal)), body);
        Assert.That(body, Does.Not.Contain(mine[3]));
        Assert.That(notices[0].Str("link"), Is.EqualTo("/app/tickets?queue=at_risk&sort=due"));
        Assert.That(await NoticeTitlesAsync(other), Is.EqualTo(new[] { $"[{mine[3]}] En riesgo: primera respuesta" }), "one clock: the notice names it");
    }

    [Test]
    public async Task LegOla_CountsOnTheAreasCalendar_BreachTellsTheAreaAndItsManager_AnswerStopsIt()
    {
        var monday = MoveToMonday8(App);
        var (area, topic) = await CreditAreaWithManagerAsync(olaMinutes: 600);
        var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [area]);
        var backoffice = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(backoffice, TicketApi.NewTicket(topicId: topic))).Number();

        // Friday 16:00: one working hour this week, the other nine next Monday.
        App.Clock.SetUtcNow(Local(monday, 4, 16));
        backoffice = await LoginAsync("backoffice@test.example", "Password-1234");
        var escalated = await backoffice.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = area, reason = "Validar el desembolso" });
        var leg = JsonDocument.Parse(await escalated.Content.ReadAsStringAsync()).RootElement;
        Assert.That(escalated.IsSuccessStatusCode, Is.True, leg.ToString());
        Assert.That(leg.GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 7, 17)));
        var ola = (await SlaAsync(backoffice, number)).Clock("ola");
        Assert.That(ola.Str("state"), Is.EqualTo("running"));

        App.Clock.SetUtcNow(Local(monday, 7, 17, 1));
        backoffice = await LoginAsync("backoffice@test.example", "Password-1234");
        responder = await LoginAsync("credito@test.example", "Password-1234");
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.EqualTo(1));
        Assert.That((await NoticeTitlesAsync(responder)).Count(t => t == $"[{number}] Vencido: respuesta del área escalada"), Is.EqualTo(1));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HelpDesk.Shared.Data.IDb>();
            var toManager = await HelpDesk.Shared.Data.DbExtensions.QuerySingleAsync<long>(db,
                "SELECT count(*) FROM notifications.outbox_emails WHERE to_address = 'jefe.credito@example.com' AND subject LIKE '%vencida%'", null, CancellationToken.None);
            Assert.That(toManager, Is.EqualTo(1));
        }

        var answer = await responder.PostAsJsonAsync($"/api/escalations/{leg.Str("id")}/answer", new { text = "Desembolso validado." });
        Assert.That(answer.IsSuccessStatusCode, Is.True, await answer.Content.ReadAsStringAsync());
        var stopped = (await SlaAsync(backoffice, number)).Clock("ola");
        Assert.That(stopped.Str("state"), Is.EqualTo("breached"));
        Assert.That(stopped.GetProperty("stoppedAt").ValueKind, Is.Not.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task SeveralLegsOfOneAreaBreachTogether_ItsManagerGetsOneEmailListingThem()
    {
        var monday = MoveToMonday8(App);
        var (area, topic) = await CreditAreaWithManagerAsync(olaMinutes: 60);
        using var backoffice = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var number = (await TicketApi.CreateAsync(backoffice, TicketApi.NewTicket(topicId: topic))).Number();
            var escalated = await backoffice.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = area, reason = "Validar el desembolso" });
            Assert.That(escalated.IsSuccessStatusCode, Is.True, await escalated.Content.ReadAsStringAsync());
            numbers.Add(number);
        }

        App.Clock.SetUtcNow(Local(monday, 0, 9, 1));
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.EqualTo(3));
        var toManager = (await Outbox.AllAsync()).Where(e => e.ToAddress == "jefe.credito@example.com").ToList();
        Assert.That(toManager.Select(e => e.Subject), Is.EqualTo(new[] { "3 respuestas del área de Crédito vencidas" }));
        Assert.That(numbers, Is.All.Matches<string>(n => toManager[0].TextBody.Contains($"- {n}: fecha límite ", StringComparison.Ordinal)));
    }

    [Test]
    public async Task APassStopsAtItsLimit_AndQueuesTheNextAtOnce_UntilAllAreRecordedOnce()
    {
        var monday = await ClaimPolicyOnMonday8Async();
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        for (var i = 0; i < 5; i++)
        {
            await TicketApi.CreateAsync(agent, new
            {
                type = "claim", channel = "phone", subject = $"Demora {i}", description = "x",
                customer = new { documentType = "CC", documentNumber = $"5555{i:0000}", fullName = "Ana Ruiz" },
            });
        }

        await using var limited = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:Sla:TransitionsPerPass"] = "2" });
        var job = new HelpDesk.Sla.BreachCheck.BreachCheckJob(limited.Services);
        App.Clock.SetUtcNow(Local(monday, 0, 10, 1));
        var queuedBefore = await QueuedBreachChecksAsync();

        var passes = new List<HelpDesk.Sla.BreachCheck.BreachCheck.Result>();
        do
        {
            passes.Add(await job.Run(CancellationToken.None));
        }
        while (passes[^1].More && passes.Count < 10);

        Assert.That(passes.Select(p => (p.Breached, p.More)), Is.EqualTo(new[] { (2, true), (2, true), (1, false) }));
        Assert.That(await QueuedBreachChecksAsync() - queuedBefore, Is.EqualTo(2), "each pass that stopped at its limit queued the next");
        var atRisk = await agent.GetFromJsonAsync<JsonElement>("/api/tickets?queue=at_risk&sort=due");
        Assert.That(atRisk.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.Zero, "nothing is recorded twice");
    }

    private static async Task<long> QueuedBreachChecksAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%BreachCheckJob%' AND statename = 'Enqueued'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
