using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Tickets;

public sealed class TicketListTests : IntegrationTest
{
    private static async Task<List<string>> NumbersAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/tickets{query}");
        return [.. page.GetProperty("items").EnumerateArray().Select(t => t.Number())];
    }

    [Test]
    public async Task ListTickets_NewestFirst_PagesWithCursor()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var created = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await TicketApi.CreateAsync(agent)).Number());
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await agent.GetFromJsonAsync<JsonElement>("/api/tickets?limit=2");
        var second = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets?limit=2&cursor={first.Str("nextCursor")}");
        var numbers = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(t => t.Number());
        Assert.That(numbers, Is.EqualTo(created.AsEnumerable().Reverse()));
        Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task ListTickets_FiltersByStatusTypeChannelAndQueues()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var me = await agent.GetFromJsonAsync<JsonElement>("/api/auth/me");
        var claim = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(type: "claim", channel: "phone"))).Number();
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var complaint = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(type: "complaint", channel: "walk_in"))).Number();
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var (_, etag) = await TicketApi.GetAsync(agent, complaint);
        await TicketApi.SendAsync(agent, HttpMethod.Put, $"/api/tickets/{complaint}/assignee", new { assigneeId = me.Str("id") }, etag);

        Assert.That(await NumbersAsync(agent, "?type=claim"), Is.EqualTo(new[] { claim }));
        Assert.That(await NumbersAsync(agent, "?channel=walk_in"), Is.EqualTo(new[] { complaint }));
        Assert.That(await NumbersAsync(agent, "?status=open"), Is.EqualTo(new[] { complaint }));
        Assert.That(await NumbersAsync(agent, "?queue=mine"), Is.EqualTo(new[] { complaint }));
        Assert.That(await NumbersAsync(agent, "?queue=unassigned"), Is.EqualTo(new[] { claim }));
        Assert.That(await NumbersAsync(agent, "?sort=oldest_update"), Is.EqualTo(new[] { claim, complaint }));
        await Problem.AssertAsync(await agent.GetAsync("/api/tickets?status=lost"), HttpStatusCode.UnprocessableEntity);
        await Problem.AssertAsync(await agent.GetAsync("/api/tickets?queue=everything"), HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task ListTickets_TextSearch_IsAccentInsensitiveSpanish_AndFindsNumbersAndDocuments()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var credit = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(subject: "Información sobre créditos educativos", document: "1098765432", name: "María Gómez"))).Number();
        var other = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(subject: "Cambio de dirección", name: "Pedro Ruiz"))).Number();
        await agent.PostAsJsonAsync($"/api/tickets/{other}/replies", new { body = "Actualizamos su teléfono registrado" });

        Assert.That(await NumbersAsync(agent, "?q=informacion credito"), Is.EqualTo(new[] { credit }), "accents and plural ignored");
        Assert.That(await NumbersAsync(agent, "?q=maria gomez"), Is.EqualTo(new[] { credit }), "customer name");
        Assert.That(await NumbersAsync(agent, "?q=telefono"), Is.EqualTo(new[] { other }), "replies are searched");
        Assert.That(await NumbersAsync(agent, $"?q={credit.ToLowerInvariant()}"), Is.EqualTo(new[] { credit }), "ticket number");
        Assert.That(await NumbersAsync(agent, "?q=1098765432"), Is.EqualTo(new[] { credit }), "document number");
    }

    [Test]
    public async Task ListTickets_TextSearch_WithManyMatches_WalksNewestFirst_AndPages()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await TicketApi.CreateAsync(agent, TicketApi.NewTicket(subject: "Certificado tributario pendiente"));
        // Past the few-matches cap, so the newest-first index walk serves the search (with bitmap scans off).
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HelpDesk.Shared.Data.IDb>();
            await HelpDesk.Shared.Data.DbExtensions.ExecuteAsync(db, """
                INSERT INTO tickets.tickets (id, number, type, channel, status, priority, subject, description, customer_id, customer_document,
                    customer_name, tracking_token, created_at, updated_at, search)
                SELECT gen_random_uuid(), 'PQRS-1999-' || lpad(g::text, 6, '0'), type, channel, status, priority, subject, description, customer_id,
                    customer_document, customer_name, tracking_token || g, created_at - make_interval(mins => g), updated_at, search
                FROM tickets.tickets, generate_series(1, 700) AS g
                """, null, CancellationToken.None);
        }

        var first = await agent.GetFromJsonAsync<JsonElement>("/api/tickets?q=tributario&limit=25");
        var numbers = first.GetProperty("items").EnumerateArray().Select(i => i.Str("number")).ToList();
        Assert.That(numbers, Has.Count.EqualTo(25));
        Assert.That(numbers[0], Does.StartWith("PQRS-20"), "the original, newest");
        Assert.That(numbers.Skip(1), Is.EqualTo(Enumerable.Range(1, 24).Select(g => $"PQRS-1999-{g:000000}")));
        var second = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets?q=tributario&limit=25&cursor={first.Str("nextCursor")}");
        Assert.That(second.GetProperty("items")[0].Str("number"), Is.EqualTo("PQRS-1999-000025"));
    }
}
