using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Escalation.Contracts;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Escalation;

public sealed class EscalationNoticesAndMetricsTests : IntegrationTest
{
    private static async Task<Guid> AreaAsync(string code)
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/directory/areas", new { code, name = code });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> EscalateAsync(HttpClient agent, string number, Guid areaId)
    {
        var response = await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId, reason = "Revisar" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("id");
    }

    [Test]
    public async Task LegArrival_GivesAreaMembersAnInAppNotice_TheyCanMarkRead()
    {
        var credit = await AreaAsync("CREDITO");
        using var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var legId = await EscalateAsync(agent, number, credit);

        var notices = await responder.GetFromJsonAsync<List<JsonElement>>("/api/notices?unreadOnly=true");
        var notice = notices!.Single();
        Assert.That(notice.Str("title"), Does.Contain(number));
        Assert.That(notice.Str("link"), Is.EqualTo($"/app/escalations/{legId}"));
        Assert.That(await agent.GetFromJsonAsync<List<JsonElement>>("/api/notices"), Is.Empty, "only the area's members");

        Assert.That((await responder.PostAsync($"/api/notices/{notice.Str("id")}/read", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await responder.GetFromJsonAsync<List<JsonElement>>("/api/notices?unreadOnly=true"), Is.Empty);
        await Problem.AssertAsync(await agent.PostAsync($"/api/notices/{notice.Str("id")}/read", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Responder_AttachesEvidenceToTheirAnswer_OnTicketsOfTheirArea()
    {
        var credit = await AreaAsync("CREDITO");
        using var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var other = (await TicketApi.CreateAsync(agent)).Number();
        await EscalateAsync(agent, number, credit);

        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 comprobante"u8.ToArray()), "file", "comprobante.pdf" } };
        Assert.That((await responder.PostAsync($"/api/tickets/{number}/attachments", form)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var form2 = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "x.pdf" } };
        await Problem.AssertAsync(await responder.PostAsync($"/api/tickets/{other}/attachments", form2), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Metrics_GiveLegsAnswerTimesOlaShareAndBounceRatePerArea()
    {
        var credit = await AreaAsync("CREDITO");
        using var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var start = App.Clock.GetUtcNow();

        // Three legs answered after 60, 120 and 600 minutes (the default OLA is 480): one rejected, two accepted.
        var outcomes = new[] { (60, "reject"), (120, "accept"), (600, "accept") };
        var legIds = new List<string>();
        foreach (var _ in outcomes)
        {
            legIds.Add(await EscalateAsync(agent, (await TicketApi.CreateAsync(agent)).Number(), credit));
        }

        var elapsed = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(outcomes[i].Item1 - elapsed));
            elapsed = outcomes[i].Item1;
            using var r = await LoginAsync("credito@test.example", "Password-1234");
            using var a = await LoginAsync("backoffice@test.example", "Password-1234");
            Assert.That((await r.PostAsJsonAsync($"/api/escalations/{legIds[i]}/answer", new { text = "respuesta" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var review = await a.PostAsJsonAsync($"/api/escalations/{legIds[i]}/review", new { decision = outcomes[i].Item2, reason = "incompleta" });
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK), await review.Content.ReadAsStringAsync());
        }

        await using var scope = App.Services.CreateAsyncScope();
        var metrics = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GetEscalationMetrics(start.AddMinutes(-1), start.AddMinutes(1)), CancellationToken.None);
        var m = metrics.Single();
        Assert.That((m.AreaId, m.Legs, m.Answered), Is.EqualTo((credit, 3, 3)), "the re-escalated round opened later is outside the period");
        Assert.That(m.MeanAnswerMinutes, Is.EqualTo(260).Within(0.01));
        Assert.That(m.MedianAnswerMinutes, Is.EqualTo(120).Within(0.01));
        Assert.That(m.P90AnswerMinutes, Is.EqualTo(504).Within(0.01));
        Assert.That(m.ShareAnsweredWithinOla, Is.EqualTo(2.0 / 3).Within(0.0001));
        Assert.That(m.RejectionRate, Is.EqualTo(1.0 / 3).Within(0.0001));
    }
}
