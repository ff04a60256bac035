using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;
using static HelpDesk.Tests.Sla.SlaArrange;

namespace HelpDesk.Tests.Sla;

public sealed class SlaClockTests : IntegrationTest
{
    private static async Task<string> IfMatchAsync(HttpClient client, string number) => (await TicketApi.GetAsync(client, number)).ETag;

    [Test]
    public async Task Clocks_StartOnCreate_OnTheMatchedPolicysCalendar()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));

        var ticket = await TicketApi.CreateAsync(admin);
        var sla = await SlaAsync(admin, ticket.Number());

        Assert.That(sla.Str("policyName"), Is.EqualTo("Reclamos"));
        var first = sla.Clock("first_response");
        Assert.That(first.Str("state"), Is.EqualTo("running"));
        Assert.That(first.GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 0, 10)));
        // 600 working minutes: 540 on Monday, 60 on Tuesday.
        Assert.That(sla.Clock("resolution").GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 1, 9)));
        Assert.That(ticket.Str("slaState"), Is.EqualTo("running"));
        Assert.That(ticket.GetProperty("slaDueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 0, 10)), "the nearest running due");
    }

    [Test]
    public async Task CalendarEdit_AppliesToTheNextTicketAtOnce()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var before = await TicketApi.CreateAsync(admin);
        Assert.That(before.GetProperty("slaDueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 0, 10)));

        // Monday becomes a holiday: the calendar is cached in the app, and the change must reach the next ticket.
        var edit = await admin.PutAsJsonAsync($"/api/sla/calendars/{calendar}", new
        {
            name = "Oficina",
            timeZone = "America/Bogota",
            week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new { day = d, start = "08:00", end = "17:00" }),
            holidays = new[] { new { day = DateOnly.FromDateTime(Local(monday, 0, 12).DateTime), name = "Festivo" } },
            isDefault = true,
            nationalHolidays = false,
        });
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.OK), await edit.Content.ReadAsStringAsync());

        var after = await TicketApi.CreateAsync(admin);
        Assert.That(after.GetProperty("slaDueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 1, 10)), "120 working minutes from Tuesday 08:00");
    }

    [Test]
    public async Task ResolutionClock_PausesWhilePendingCustomer_AndResumesWithTheDueMoved_StopsOnFirstReplyAndAnswer()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var number = (await TicketApi.CreateAsync(admin)).Number();

        App.Clock.SetUtcNow(Local(monday, 0, 9));
        var reply = await admin.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "¿Nos envía el extracto?", waitForCustomer = true });
        Assert.That(reply.IsSuccessStatusCode, Is.True, await reply.Content.ReadAsStringAsync());
        var paused = await SlaAsync(admin, number);
        Assert.That(paused.Clock("first_response").Str("state"), Is.EqualTo("met"));
        Assert.That(paused.Clock("resolution").Str("state"), Is.EqualTo("paused"));
        Assert.That(paused.Clock("resolution").GetProperty("elapsedSeconds").GetInt64(), Is.EqualTo(3600));
        Assert.That((await TicketApi.GetAsync(admin, number)).Ticket.Str("slaState"), Is.EqualTo("paused"));

        // Two days waiting for the customer count nothing.
        App.Clock.SetUtcNow(Local(monday, 2, 9));
        admin = await LoginAsAdminAsync();
        Assert.That((await SlaAsync(admin, number)).Clock("resolution").GetProperty("elapsedSeconds").GetInt64(), Is.EqualTo(3600));
        var reopen = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/status", new { status = "open", reason = "llegó el extracto" },
            await IfMatchAsync(admin, number));
        Assert.That(reopen.IsSuccessStatusCode, Is.True, await reopen.Content.ReadAsStringAsync());
        var resumed = (await SlaAsync(admin, number)).Clock("resolution");
        Assert.That(resumed.Str("state"), Is.EqualTo("running"));
        // 540 minutes left from Wednesday 09:00: 480 on Wednesday, 60 on Thursday.
        Assert.That(resumed.GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 3, 9)));

        App.Clock.SetUtcNow(Local(monday, 2, 10));
        var answer = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Su reclamo fue resuelto.", resolutionType = "favourable" },
            await IfMatchAsync(admin, number));
        Assert.That(answer.IsSuccessStatusCode, Is.True, await answer.Content.ReadAsStringAsync());
        var done = (await SlaAsync(admin, number)).Clock("resolution");
        Assert.That(done.Str("state"), Is.EqualTo("met"));
        Assert.That(done.GetProperty("elapsedSeconds").GetInt64(), Is.EqualTo(2 * 3600));
        Assert.That((await TicketApi.GetAsync(admin, number)).Ticket.Str("slaState"), Is.EqualTo("met"));
    }

    [Test]
    public async Task AClockAtRiskBeforeAPause_IsStillAtRiskWhenItResumesAfterHours()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var number = (await TicketApi.CreateAsync(admin)).Number();
        await admin.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "Recibimos su reclamo." });

        // 75 % of the 600-minute resolution is reached at 15:30.
        App.Clock.SetUtcNow(Local(monday, 0, 15, 45));
        Assert.That((await RunBreachCheckAsync(App)).AtRisk, Is.EqualTo(1));
        App.Clock.SetUtcNow(Local(monday, 0, 16));
        var wait = await admin.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "¿Nos envía el extracto?", waitForCustomer = true });
        Assert.That(wait.IsSuccessStatusCode, Is.True, await wait.Content.ReadAsStringAsync());
        Assert.That((await TicketApi.GetAsync(admin, number)).Ticket.Str("slaState"), Is.EqualTo("paused"));

        // The customer answers at 20:00, after hours: the threshold was passed before the pause, so it stays at risk.
        App.Clock.SetUtcNow(Local(monday, 0, 20));
        var reopen = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/status", new { status = "open", reason = "llegó el extracto" },
            await IfMatchAsync(admin, number));
        Assert.That(reopen.IsSuccessStatusCode, Is.True, await reopen.Content.ReadAsStringAsync());
        Assert.That((await TicketApi.GetAsync(admin, number)).Ticket.Str("slaState"), Is.EqualTo("at_risk"));
        Assert.That((await SlaAsync(admin, number)).Clock("resolution").GetProperty("atRisk").GetBoolean(), Is.True);
        var atRisk = await admin.GetFromJsonAsync<JsonElement>("/api/tickets?queue=at_risk&sort=due");
        Assert.That(atRisk.GetProperty("items").EnumerateArray().Select(i => i.Str("number")), Is.EqualTo(new[] { number }));
    }

    [Test]
    public async Task ReopenedTicket_RunsANewResolutionRound_AndComplianceTellsTheRoundsApart()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var number = (await TicketApi.CreateAsync(admin)).Number();

        App.Clock.SetUtcNow(Local(monday, 0, 9));
        var answer = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Resuelto.", resolutionType = "answered" },
            await IfMatchAsync(admin, number));
        Assert.That(answer.IsSuccessStatusCode, Is.True, await answer.Content.ReadAsStringAsync());

        // The customer is back at 10:00: a second round of 600 working minutes, 420 on Monday and 180 on Tuesday.
        App.Clock.SetUtcNow(Local(monday, 0, 10));
        var reopen = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/status", new { status = "reopened", reason = "sigue sin resolverse" },
            await IfMatchAsync(admin, number));
        Assert.That(reopen.IsSuccessStatusCode, Is.True, await reopen.Content.ReadAsStringAsync());
        var sla = await SlaAsync(admin, number);
        var rounds = sla.GetProperty("clocks").EnumerateArray().Where(c => c.Str("kind") == "resolution").ToList();
        Assert.That(rounds.Select(c => (c.GetProperty("round").GetInt32(), c.Str("state"))), Is.EqualTo(new[] { (1, "met"), (2, "running") }));
        Assert.That(rounds[1].GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 1, 11)));
        Assert.That(rounds[0].GetProperty("elapsedSeconds").GetInt64(), Is.EqualTo(3600), "the first round keeps what it measured");
        Assert.That(sla.Clock("first_response").GetProperty("round").GetInt32(), Is.EqualTo(1));
        var ticket = (await TicketApi.GetAsync(admin, number)).Ticket;
        Assert.That(ticket.Str("slaState"), Is.EqualTo("running"));
        Assert.That(ticket.GetProperty("slaDueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 1, 11)));

        // Answered again on Tuesday at 09:00: 7 h on Monday and 1 h on Tuesday, within the second round's target.
        App.Clock.SetUtcNow(Local(monday, 1, 9));
        admin = await LoginAsAdminAsync();
        answer = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Ahora sí.", resolutionType = "answered" },
            await IfMatchAsync(admin, number));
        Assert.That(answer.IsSuccessStatusCode, Is.True, await answer.Content.ReadAsStringAsync());
        var second = (await SlaAsync(admin, number)).GetProperty("clocks").EnumerateArray().Single(c => c.Str("kind") == "resolution" && c.GetProperty("round").GetInt32() == 2);
        Assert.That(second.Str("state"), Is.EqualTo("met"));
        Assert.That(second.GetProperty("elapsedSeconds").GetInt64(), Is.EqualTo(8 * 3600));

        var from = Uri.EscapeDataString(monday.ToString("O"));
        var to = Uri.EscapeDataString(monday.AddDays(7).ToString("O"));
        var byRound = await admin.GetFromJsonAsync<List<JsonElement>>($"/api/sla/compliance?from={from}&to={to}&kind=resolution&by=round");
        Assert.That(byRound!.Select(r => (r.Str("key"), r.GetProperty("count").GetInt64(), r.GetProperty("meanElapsedSeconds").GetDouble())).OrderBy(r => r.Item1),
            Is.EqualTo(new[] { ("1", 1L, 3600.0), ("2", 1L, 8 * 3600.0) }));
    }

    [Test]
    public async Task FirstContactResolution_MeetsBothClocksAtOnce()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var ticket = await TicketApi.CreateAsync(admin, TicketApi.NewTicket(answerNow: new { body = "Ya quedó el desembolso.", resolutionType = "answered" }));
        var sla = await SlaAsync(admin, ticket.Number());
        Assert.That(sla.GetProperty("clocks").EnumerateArray().Select(c => c.Str("state")), Is.All.EqualTo("met"));
        Assert.That(ticket.Str("slaState"), Is.EqualTo("met"));
    }

    [Test]
    public async Task PolicyEdit_AddsAVersion_ForNewTicketsOnly()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        var policy = await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var before = (await TicketApi.CreateAsync(admin)).Number();

        var edit = await admin.PutAsJsonAsync($"/api/sla/policies/{policy}", ClaimPolicy(calendar, resolution: 60));
        Assert.That(edit.IsSuccessStatusCode, Is.True, await edit.Content.ReadAsStringAsync());
        var after = (await TicketApi.CreateAsync(admin)).Number();

        var old = await SlaAsync(admin, before);
        Assert.That(old.GetProperty("policyVersion").GetInt32(), Is.EqualTo(1));
        Assert.That(old.Clock("resolution").GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 1, 9)), "unchanged by the edit");
        var @new = await SlaAsync(admin, after);
        Assert.That(@new.GetProperty("policyVersion").GetInt32(), Is.EqualTo(2));
        Assert.That(@new.Clock("resolution").GetProperty("dueAt").GetDateTimeOffset(), Is.EqualTo(Local(monday, 0, 9)));
        var versions = await admin.GetFromJsonAsync<List<JsonElement>>($"/api/sla/policies/{policy}/versions");
        Assert.That(versions!.Select(v => v.GetProperty("version").GetInt32()), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public async Task MostSpecificPolicyWins_TiesGoToPrecedence_AndThePreviewSaysWhatIntakeWillPromise()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", new { name = "Todo", resolution = new { kind = "calendar_minutes", amount = 10_000 } }));
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", new
        {
            name = "Reclamos por teléfono", conditions = new { ticketTypes = new[] { "claim" }, channels = new[] { "phone" } },
            resolution = new { kind = "business_days", amount = 15, calendarId = calendar },
        }));
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", new
        {
            name = "Urgentes", conditions = new { priorities = new[] { "urgent" } }, precedence = 10,
            resolution = new { kind = "calendar_minutes", amount = 120 },
        }));

        async Task<string?> PolicyOf(object ticket) => (await SlaAsync(admin, (await TicketApi.CreateAsync(admin, ticket)).Number())).GetProperty("policyName").GetString();
        Assert.That(await PolicyOf(TicketApi.NewTicket(type: "claim", channel: "phone")), Is.EqualTo("Reclamos por teléfono"));
        Assert.That(await PolicyOf(TicketApi.NewTicket(type: "claim", channel: "walk_in")), Is.EqualTo("Reclamos"));
        Assert.That(await PolicyOf(TicketApi.NewTicket(type: "suggestion")), Is.EqualTo("Todo"));
        var urgentClaim = new
        {
            type = "claim", channel = "walk_in", subject = "Urgente", description = "x", priority = "urgent",
            customer = new { documentType = "CC", documentNumber = "77777777", fullName = "Ana Ruiz" },
        };
        Assert.That(await PolicyOf(urgentClaim), Is.EqualTo("Urgentes"), "one condition each: the higher precedence wins");

        var preview = await admin.GetFromJsonAsync<JsonElement>("/api/sla/preview?type=claim&channel=walk_in");
        Assert.That(preview.Str("policyName"), Is.EqualTo("Reclamos"));
        Assert.That(preview.GetProperty("resolutionDueAt").GetDateTimeOffset(), Is.EqualTo(Local(App.Clock.GetUtcNow().ToOffset(Bogota), 1, 9)));
    }

    [Test]
    public async Task Policy_BadInput_Is422NamingTheField_AndChangesNothing()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        var target = new { kind = "business_minutes", amount = 60, calendarId = calendar };
        var cases = new (object Body, string Field)[]
        {
            (new { name = "Sin meta" }, "resolution"),
            (new { name = "Umbral 0", resolution = target, warningPercent = 0 }, "warningPercent"),
            (new { name = "Umbral 100", resolution = target, warningPercent = 100 }, "warningPercent"),
            (new { name = "Sin calendario", resolution = new { kind = "business_minutes", amount = 60 } }, "resolution"),
            (new { name = "Calendario inexistente", resolution = new { kind = "business_minutes", amount = 60, calendarId = Guid.NewGuid() } }, "calendarId"),
            (new { name = "Lista vacía", conditions = new { channels = Array.Empty<string>() }, resolution = target }, "conditions"),
        };
        foreach (var (body, field) in cases)
        {
            var problem = await Problem.AssertAsync(await admin.PostAsJsonAsync("/api/sla/policies", body), HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        }

        Assert.That(await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/policies"), Is.Empty);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TicketList_FiltersAndSortsBySla_AndTheAtRiskQueue()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var early = (await TicketApi.CreateAsync(admin)).Number();
        App.Clock.SetUtcNow(Local(monday, 0, 9));
        var late = (await TicketApi.CreateAsync(admin)).Number();
        var noPolicy = (await TicketApi.CreateAsync(admin, TicketApi.NewTicket(type: "suggestion"))).Number();

        var byDue = await admin.GetFromJsonAsync<JsonElement>("/api/tickets?sort=due");
        Assert.That(byDue.GetProperty("items").EnumerateArray().Select(i => i.Str("number")), Is.EqualTo(new[] { early, late }), "nearest due first; no SLA, not listed");

        App.Clock.SetUtcNow(Local(monday, 0, 9, 45));
        await RunBreachCheckAsync(App);
        var atRisk = await admin.GetFromJsonAsync<JsonElement>("/api/tickets?queue=at_risk&sort=due");
        Assert.That(atRisk.GetProperty("items").EnumerateArray().Select(i => i.Str("number")), Is.EqualTo(new[] { early }));
        var running = await admin.GetFromJsonAsync<JsonElement>("/api/tickets?slaState=running");
        Assert.That(running.GetProperty("items").EnumerateArray().Select(i => i.Str("number")), Is.EqualTo(new[] { late }));
        Assert.That(noPolicy, Is.Not.Empty);
        await Problem.AssertAsync(await admin.GetAsync("/api/tickets?slaState=late"), HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SlaComplianceTests : IntegrationTest
{
    [Test]
    public async Task Compliance_ByChannel_CountsShareMetMeanAndP90_ForSupervisorsOnly()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var onTime = (await TicketApi.CreateAsync(admin)).Number();
        var late = (await TicketApi.CreateAsync(admin)).Number();
        var walkIn = (await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "walk_in"))).Number();

        async Task AnswerAsync(string number)
        {
            var etag = (await TicketApi.GetAsync(admin, number)).ETag;
            var response = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Respuesta.", resolutionType = "answered" }, etag);
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        }

        App.Clock.SetUtcNow(Local(monday, 0, 9));
        await AnswerAsync(onTime);
        await AnswerAsync(walkIn);
        App.Clock.SetUtcNow(Local(monday, 1, 10));
        admin = await LoginAsAdminAsync();
        await AnswerAsync(late);

        var from = Uri.EscapeDataString(monday.ToString("O"));
        var to = Uri.EscapeDataString(monday.AddDays(7).ToString("O"));
        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        var rows = await supervisor.GetFromJsonAsync<List<JsonElement>>($"/api/sla/compliance?from={from}&to={to}&kind=resolution&by=channel");
        var phone = rows!.Single(r => r.Str("key") == "phone");
        Assert.That(phone.GetProperty("count").GetInt64(), Is.EqualTo(2));
        Assert.That(phone.GetProperty("shareMet").GetDouble(), Is.EqualTo(0.5));
        // 1 h and 11 h of working time (9 h Monday + 2 h Tuesday): mean 6 h, p90 = 1 h + 0.9 × 10 h.
        Assert.That(phone.GetProperty("meanElapsedSeconds").GetDouble(), Is.EqualTo(6 * 3600));
        Assert.That(phone.GetProperty("p90ElapsedSeconds").GetDouble(), Is.EqualTo(3600 + (0.9 * 36000)).Within(0.001));
        Assert.That(rows!.Single(r => r.Str("key") == "walk_in").GetProperty("shareMet").GetDouble(), Is.EqualTo(1));

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.GetAsync($"/api/sla/compliance?from={from}&to={to}&kind=resolution&by=channel"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await supervisor.GetAsync($"/api/sla/compliance?from={from}&to={to}&kind=resolution&by=mood"), HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class TicketListDateRangeTests : IntegrationTest
{
    [Test]
    public async Task CreatedRange_WithALocalOffset_IsTheSameInstant()
    {
        using var admin = await LoginAsAdminAsync();
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var now = App.Clock.GetUtcNow().ToOffset(Bogota);
        var from = Uri.EscapeDataString(now.AddMinutes(-1).ToString("O"));
        var to = Uri.EscapeDataString(now.AddMinutes(1).ToString("O"));
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/tickets?createdFrom={from}&createdTo={to}");
        Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.Str("number")), Is.EqualTo(new[] { number }));
    }
}

public sealed class PromisedDateTests : IntegrationTest
{
    [Test]
    public async Task EscalationEmail_PromisesTheResolutionDue_InLocalTime()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar)));
        var area = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area, parentId = (Guid?)null, code = "CRED", name = "Créditos" }));
        await IdOf(await admin.PostAsJsonAsync("/api/escalation/matrix", new { topicId = topic, areaId = area, olaMinutes = 60 }));
        var number = (await TicketApi.CreateAsync(admin, TicketApi.NewTicket(topicId: topic, email: "cliente@example.com"))).Number();
        var escalated = await admin.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { reason = "Validar" });
        Assert.That(escalated.IsSuccessStatusCode, Is.True, await escalated.Content.ReadAsStringAsync());

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpDesk.Shared.Data.IDb>();
        var body = await HelpDesk.Shared.Data.DbExtensions.QuerySingleAsync<string>(db,
            "SELECT text_body FROM notifications.outbox_emails WHERE to_address = 'cliente@example.com' AND subject LIKE '%revisión%'", null, CancellationToken.None);
        var due = Local(monday, 1, 9).ToOffset(Bogota).ToString("dddd d 'de' MMMM 'de' yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("es-CO"));
        Assert.That(body, Does.Contain($"a más tardar el {due}"));
    }
}
