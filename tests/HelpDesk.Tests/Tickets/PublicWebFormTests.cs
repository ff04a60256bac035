using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

public sealed class PublicWebFormTests : IntegrationTest
{
    internal static object WebRequest(string? website = null) => new
    {
        documentType = "CC",
        documentNumber = "43111222",
        fullName = "Lucía Restrepo",
        email = "lucia@example.com",
        type = "complaint",
        description = "Me cobraron dos veces la cuota de marzo.\nAdjunto el extracto.",
        website,
    };

    private static async Task<(string Number, string Token)> SubmitAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/public/tickets", WebRequest());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var receipt = JsonDocument.Parse(text).RootElement;
        var url = new Uri(receipt.Str("trackingUrl"));
        return (receipt.Str("number"), System.Web.HttpUtility.ParseQueryString(url.Query)["token"]!);
    }

    [Test]
    public async Task SubmitWebRequest_CreatesWebTicket_ReturnsOnlyNumberAndTrackingLink_AndEmailsIt()
    {
        using var anonymous = App.CreatePlainClient();
        var response = await anonymous.PostAsJsonAsync("/api/public/tickets", WebRequest());
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(receipt.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "number", "trackingUrl" }));

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (ticket, _) = await TicketApi.GetAsync(agent, receipt.Str("number"));
        Assert.That(ticket.Str("channel"), Is.EqualTo("web"));
        Assert.That(ticket.Str("subject"), Is.EqualTo("Me cobraron dos veces la cuota de marzo."));
        Assert.That((await Outbox.AllAsync()).Single().TextBody, Does.Contain(receipt.Str("trackingUrl")));
    }

    [Test]
    public async Task SubmitWebRequest_WhenHoneypotFilled_IsRefusedAndCreatesNothing()
    {
        using var anonymous = App.CreatePlainClient();
        await Problem.AssertAsync(await anonymous.PostAsJsonAsync("/api/public/tickets", WebRequest(website: "http://spam.example")), HttpStatusCode.UnprocessableEntity);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        Assert.That((await agent.GetFromJsonAsync<JsonElement>("/api/tickets")).GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task TrackTicket_ShowsStatusAndPublicRepliesOnly_NeverInternalNotes()
    {
        using var anonymous = App.CreatePlainClient();
        var (number, token) = await SubmitAsync(anonymous);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await agent.PostAsJsonAsync($"/api/tickets/{number}/notes", new { body = "NOTA-INTERNA: cliente conflictivo" });
        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "Estamos revisando su caso." });

        var text = await anonymous.GetStringAsync($"/api/public/tickets/{number}?token={token}");
        Assert.That(text, Does.Not.Contain("NOTA-INTERNA"));
        var tracked = JsonDocument.Parse(text).RootElement;
        Assert.That(tracked.Str("status"), Is.EqualTo("open"));
        Assert.That(tracked.GetProperty("messages").EnumerateArray().Select(m => (m.Str("from"), m.Str("body"))),
            Is.EqualTo(new[] { ("agent", "Estamos revisando su caso.") }));
        Assert.That(text, Does.Not.Contain("43111222").And.Not.Contain("lucia@example.com"), "no customer data on the page");
    }

    [Test]
    public async Task TrackTicket_WithWrongToken_OrAnotherTicketsNumber_Returns404()
    {
        using var anonymous = App.CreatePlainClient();
        var (number, token) = await SubmitAsync(anonymous);
        var (other, _) = await SubmitAsync(anonymous);
        await Problem.AssertAsync(await anonymous.GetAsync($"/api/public/tickets/{number}?token=wrong"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await anonymous.GetAsync($"/api/public/tickets/{number}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await anonymous.GetAsync($"/api/public/tickets/{other}?token={token}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CustomerMessage_AfterAnswer_ReopensWithinWindow_AndIsRefusedAfterIt()
    {
        using var anonymous = App.CreatePlainClient();
        var (number, token) = await SubmitAsync(anonymous);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (_, etag) = await TicketApi.GetAsync(agent, number);
        await TicketApi.SendAsync(agent, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Reintegramos el cobro doble.", resolutionType = "favourable" }, etag);

        App.Clock.Advance(TimeSpan.FromDays(3));
        var reopened = await anonymous.PostAsJsonAsync($"/api/public/tickets/{number}/messages?token={token}", new { body = "Aún no veo el reintegro." });
        Assert.That((await reopened.Content.ReadFromJsonAsync<JsonElement>()).Str("status"), Is.EqualTo("reopened"));
        using var agentNextDay = await LoginAsync("agente@test.example", "Password-1234");
        Assert.That(await TicketApi.TimelineTypesAsync(agentNextDay, number), Does.Contain("customer_message"));

        (_, etag) = await TicketApi.GetAsync(agentNextDay, number);
        await TicketApi.SendAsync(agentNextDay, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = "Ya quedó aplicado.", resolutionType = "favourable" }, etag);
        App.Clock.Advance(TimeSpan.FromDays(16));
        await Problem.AssertAsync(await anonymous.PostAsJsonAsync($"/api/public/tickets/{number}/messages?token={token}", new { body = "¿Hola?" }), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task CustomerMessage_WhenTicketWaitsForCustomer_OpensItAgain()
    {
        using var anonymous = App.CreatePlainClient();
        var (number, token) = await SubmitAsync(anonymous);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "¿Nos envía el número de la factura?", waitForCustomer = true });
        var response = await anonymous.PostAsJsonAsync($"/api/public/tickets/{number}/messages?token={token}", new { body = "Factura 12345" });
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).Str("status"), Is.EqualTo("open"));
    }

    [Test]
    public async Task PublicEndpoints_AreRateLimitedPerClient()
    {
        await using var strict = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:RateLimits:PublicPerMinute"] = "2" });
        using var client = strict.CreatePlainClient();
        for (var i = 0; i < 2; i++)
        {
            await client.GetAsync("/api/public/tickets/PQRS-2026-000001?token=x");
        }

        var refused = await client.GetAsync("/api/public/tickets/PQRS-2026-000001?token=x");
        await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.Contains("Retry-After"), Is.True);
    }
}

public sealed class PublicAttachmentTests : IntegrationTest
{
    [Test]
    public async Task Customer_AttachesAFileWithTheToken_AndSeesOnlyNonInternalFilesOnTheTrackingPage()
    {
        using var anonymous = App.CreatePlainClient();
        var receipt = await (await anonymous.PostAsJsonAsync("/api/public/tickets", new
        {
            documentType = "CC", documentNumber = "43111999", fullName = "Lucía Restrepo", email = "lucia@example.com", type = "claim", description = "Cobro doble",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.Str("number");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(receipt.Str("trackingUrl")).Query)["token"]!;

        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 extracto"u8.ToArray()), "file", "extracto.pdf" } };
        var upload = await anonymous.PostAsync($"/api/public/tickets/{number}/attachments?token={token}", form);
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        using var wrongToken = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "x.pdf" } };
        await Problem.AssertAsync(await anonymous.PostAsync($"/api/public/tickets/{number}/attachments?token=nope", wrongToken), HttpStatusCode.NotFound);

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var internalForm = new MultipartFormDataContent { { new ByteArrayContent("solo equipo"u8.ToArray()), "file", "interno.txt" }, { new StringContent("true"), "internal" } };
        Assert.That((await agent.PostAsync($"/api/tickets/{number}/attachments", internalForm)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var tracked = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/tickets/{number}?token={token}");
        var files = tracked.GetProperty("attachments").EnumerateArray().ToList();
        Assert.That(files.Select(f => f.Str("fileName")), Is.EqualTo(new[] { "extracto.pdf" }));
        var download = await anonymous.GetAsync($"/api/public/tickets/{number}/attachments/{files[0].Str("id")}?token={token}");
        Assert.That(await download.Content.ReadAsStringAsync(), Is.EqualTo("%PDF-1.4 extracto"));
    }
}
