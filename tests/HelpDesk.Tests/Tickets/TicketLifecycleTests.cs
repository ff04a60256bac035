using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

public sealed class TicketLifecycleTests : IntegrationTest
{
    [Test]
    public async Task UpdateTicket_WithoutIfMatch_Returns428_WithStaleIfMatch_Returns412_AndChangesNothing()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var (_, etag) = await TicketApi.GetAsync(agent, number);

        await Problem.AssertAsync(await TicketApi.SendAsync(agent, HttpMethod.Patch, $"/api/tickets/{number}", new { priority = "high" }, null), HttpStatusCode.PreconditionRequired);
        var first = await TicketApi.SendAsync(agent, HttpMethod.Patch, $"/api/tickets/{number}", new { priority = "high" }, etag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Headers.ETag!.Tag, Is.Not.EqualTo(etag));

        // A second agent still holding the old ETag does not overwrite the first change silently.
        var stale = await TicketApi.SendAsync(agent, HttpMethod.Patch, $"/api/tickets/{number}", new { priority = "low" }, etag);
        await Problem.AssertAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("priority"), Is.EqualTo("high"));
    }

    [Test]
    public async Task ChangeStatus_WhenTransitionInvalid_Returns409NamingCurrentState()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var (_, etag) = await TicketApi.GetAsync(agent, number);
        var response = await TicketApi.SendAsync(agent, HttpMethod.Post, $"/api/tickets/{number}/status", new { status = "closed" }, etag);
        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.Str("currentStatus"), Is.EqualTo("new"));
        Assert.That(problem.Str("detail"), Does.Contain("new"));
    }

    [Test]
    public async Task Ticket_GoesThroughItsLifecycle_AndEveryStepIsOnTheTimeline()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var me = await agent.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var number = (await TicketApi.CreateAsync(agent)).Number();

        async Task<JsonElement> Step(HttpMethod method, string path, object body, bool ifMatch = true)
        {
            var (_, etag) = await TicketApi.GetAsync(agent, number);
            var response = await TicketApi.SendAsync(agent, method, $"/api/tickets/{number}{path}", body, ifMatch ? etag : null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            return JsonDocument.Parse(text).RootElement;
        }

        Assert.That((await Step(HttpMethod.Put, "/assignee", new { assigneeId = me.Str("id") })).Str("status"), Is.EqualTo("open"));
        Assert.That((await Step(HttpMethod.Post, "/replies", new { body = "¿Nos envía el extracto?", waitForCustomer = true }, ifMatch: false)).Str("status"), Is.EqualTo("pending_customer"));
        Assert.That((await Step(HttpMethod.Post, "/status", new { status = "open", reason = "el cliente llamó" })).Str("status"), Is.EqualTo("open"));
        Assert.That((await Step(HttpMethod.Post, "/notes", new { body = "Revisado con tesorería" }, ifMatch: false)).Str("status"), Is.EqualTo("open"));
        var answered = await Step(HttpMethod.Post, "/answer", new { body = "El desembolso se hizo el 3 de marzo.", resolutionType = "favourable" });
        Assert.That(answered.Str("status"), Is.EqualTo("answered"));
        Assert.That(answered.Str("resolutionType"), Is.EqualTo("favourable"));
        Assert.That(answered.GetProperty("firstResponseAt").ValueKind, Is.Not.EqualTo(JsonValueKind.Null));
        Assert.That((await Step(HttpMethod.Post, "/status", new { status = "closed" })).Str("status"), Is.EqualTo("closed"));

        Assert.That(await TicketApi.TimelineTypesAsync(agent, number), Is.EqualTo(new[]
        {
            "created", "assigned", "status_changed", "reply_added", "status_changed", "status_changed", "note_added",
            "reply_added", "answered", "status_changed", "status_changed",
        }));
    }

    [Test]
    public async Task TimelineEvent_IsKeptAsWritten()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var (_, etag) = await TicketApi.GetAsync(agent, number);
        await TicketApi.SendAsync(agent, HttpMethod.Post, $"/api/tickets/{number}/status", new { status = "open", reason = "revisión \"urgente\"" }, etag);

        // Stored as json, the event comes back as the app wrote it, its members in their order (jsonb would sort them).
        var timeline = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline");
        var change = timeline!.Single(e => e.Str("type") == "status_changed").GetProperty("data");
        Assert.That(change.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "from", "to", "reason" }));
        Assert.That(change.Str("reason"), Is.EqualTo("revisión \"urgente\""));
    }

    [Test]
    public async Task MessageEvents_NameTheirMessage_AndTheTimelineShowsItsText()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "Le escribimos \"pronto\"." });
        await agent.PostAsJsonAsync($"/api/tickets/{number}/notes", new { body = "Nota para el equipo" });

        // The text is kept once, in the message; the event names it.
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var stored = new NpgsqlCommand("""
            SELECT e.data::text, m.body FROM tickets.events e JOIN tickets.tickets t ON t.id = e.ticket_id
            JOIN tickets.messages m ON m.id = (e.data ->> 'messageId')::uuid
            WHERE t.number = @Number AND e.type = 'reply_added'
            """, connection))
        {
            stored.Parameters.AddWithValue("Number", number);
            await using var reader = await stored.ExecuteReaderAsync();
            Assert.That(await reader.ReadAsync(), Is.True);
            Assert.That(reader.GetString(0), Does.Not.Contain("pronto"));
            Assert.That(reader.GetString(1), Is.EqualTo("Le escribimos \"pronto\"."));
        }

        var timeline = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline");
        var reply = timeline!.Single(e => e.Str("type") == "reply_added").GetProperty("data");
        Assert.That(reply.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "messageId", "body" }));
        Assert.That(reply.Str("body"), Is.EqualTo("Le escribimos \"pronto\"."));
        Assert.That(timeline!.Single(e => e.Str("type") == "note_added").GetProperty("data").Str("body"), Is.EqualTo("Nota para el equipo"));

        // An event written before the text was kept once carries its own text, and that is what the timeline shows.
        await using (var legacy = new NpgsqlCommand("""
            INSERT INTO tickets.events (ticket_id, occurred_at, type, actor_user_id, actor_name, data)
            SELECT e.ticket_id, e.occurred_at, 'reply_added', e.actor_user_id, e.actor_name,
                   json_build_object('messageId', e.data ->> 'messageId', 'body', 'Texto guardado en el evento')
            FROM tickets.events e JOIN tickets.tickets t ON t.id = e.ticket_id WHERE t.number = @Number AND e.type = 'reply_added'
            """, connection))
        {
            legacy.Parameters.AddWithValue("Number", number);
            Assert.That(await legacy.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var again = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline");
        var replies = again!.Where(e => e.Str("type") == "reply_added").Select(e => e.GetProperty("data")).ToList();
        Assert.That(replies.Select(r => r.Str("body")), Is.EqualTo(new[] { "Le escribimos \"pronto\".", "Texto guardado en el evento" }));
        Assert.That(replies[1].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "messageId", "body" }));
    }

    [Test]
    public async Task InternalNote_IsNeverEmailed()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        await agent.PostAsJsonAsync($"/api/tickets/{number}/notes", new { body = "NOTA-INTERNA-SECRETA" });
        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "Respuesta pública" });

        var emails = await Outbox.AllAsync();
        Assert.That(emails, Has.Count.EqualTo(2));
        Assert.That(emails.Select(e => e.TextBody), Has.None.Contain("NOTA-INTERNA-SECRETA"));
        Assert.That(emails.Select(e => e.TextBody), Has.One.Contain("Respuesta pública"));
    }

    [Test]
    public async Task Reply_WhenTicketClosed_Returns409()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(answerNow: new { body = "Listo", resolutionType = "answered" }));
        await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{ticket.Number()}/replies", new { body = "otra" }), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task GetTicket_WhenUnknown_Returns404()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.GetAsync("/api/tickets/PQRS-2020-999999"), HttpStatusCode.NotFound);
    }
}
