using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

public sealed class PartnerTicketsTests : IntegrationTest
{
    [Test]
    public async Task Partner_CreatesAndReadsOnlyItsOwnTickets()
    {
        var bankKey = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        var insurerKey = await CreateApiKeyAsync("Aseguradora", "tickets:write", "tickets:read");
        using var bank = App.CreatePlainClient(bankKey);
        using var insurer = App.CreatePlainClient(insurerKey);

        var ticket = await TicketApi.CreateAsync(bank, TicketApi.NewTicket(channel: "phone"));
        Assert.That(ticket.Str("channel"), Is.EqualTo("partner"));
        Assert.That((await bank.GetAsync($"/api/tickets/{ticket.Number()}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Problem.AssertAsync(await insurer.GetAsync($"/api/tickets/{ticket.Number()}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await insurer.GetAsync($"/api/tickets/{ticket.Number()}/timeline"), HttpStatusCode.NotFound);
        var insurerList = await insurer.GetFromJsonAsync<JsonElement>("/api/tickets");
        Assert.That(insurerList.GetProperty("items").GetArrayLength(), Is.Zero);
        var bankList = await bank.GetFromJsonAsync<JsonElement>("/api/tickets");
        Assert.That(bankList.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Partner_WithoutScopes_IsRefused_AndCannotActOnTickets()
    {
        var readOnly = await CreateApiKeyAsync("Solo lectura", "tickets:read");
        using var reader = App.CreatePlainClient(readOnly);
        await Problem.AssertAsync(await reader.PostAsJsonAsync("/api/tickets", TicketApi.NewTicket()), HttpStatusCode.Forbidden);

        var directoryOnly = await CreateApiKeyAsync("Directorio", "directory:read");
        using var other = App.CreatePlainClient(directoryOnly);
        await Problem.AssertAsync(await other.GetAsync("/api/tickets"), HttpStatusCode.Forbidden);

        var writerKey = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        using var writer = App.CreatePlainClient(writerKey);
        var number = (await TicketApi.CreateAsync(writer)).Number();
        await Problem.AssertAsync(await writer.PostAsJsonAsync($"/api/tickets/{number}/notes", new { body = "x" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Partner_IdempotencyKeys_AreTheirOwn()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        using var partner = App.CreatePlainClient(key);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var numbers = new List<string>();
        foreach (var client in new[] { partner, agent })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = JsonContent.Create(TicketApi.NewTicket(document: "80000001")) };
            request.Headers.Add("Idempotency-Key", "same-key");
            var response = await client.SendAsync(request);
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).Number());
        }

        Assert.That(numbers[1], Is.Not.EqualTo(numbers[0]));
    }
}
