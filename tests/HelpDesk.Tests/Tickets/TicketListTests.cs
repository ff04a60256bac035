using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

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
}
