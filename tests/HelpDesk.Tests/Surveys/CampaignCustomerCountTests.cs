using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using static HelpDesk.Tests.Surveys.CampaignArrange;

namespace HelpDesk.Tests.Surveys;

public sealed class CampaignCustomerCountTests : IntegrationTest
{
    private static async Task<JsonElement> CountAsync(HttpClient client, object filter)
    {
        var response = await client.PostAsJsonAsync("/api/surveys/campaigns/matching-customers", new { filter });
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonDocument.Parse(text).RootElement;
    }

    [Test]
    public async Task CountCampaignCustomers_ByAttributes_CountsThoseWithAnEmail_AndEligibleLeavesOutTheOptedOutAndTheRecentlySurveyed()
    {
        using var admin = await LoginAsAdminAsync();
        var affiliates = await CustomersAsync(5, kind: "affiliate", segment: "A");
        await CustomersAsync(2, kind: "affiliate", segment: "A", email: false);
        await CustomersAsync(4, kind: "affiliate", segment: "B");
        await CustomersAsync(3, kind: "employer", segment: "A", companySize: "small");
        var now = App.Clock.GetUtcNow();
        await OptedOutAsync(affiliates[0], now.AddDays(-300));
        await SurveyedAsync(affiliates[1], now.AddDays(-10));
        await SurveyedAsync(affiliates[2], now.AddDays(-100));

        var count = await CountAsync(admin, Filter(kinds: ["affiliate"], segments: ["A"]));
        var everyone = await CountAsync(admin, Filter());
        var employers = await CountAsync(admin, Filter(companySizes: ["small"]));
        Assert.Multiple(() =>
        {
            Assert.That(count.GetProperty("count").GetInt32(), Is.EqualTo(5));
            Assert.That(count.GetProperty("withoutEmail").GetInt32(), Is.EqualTo(2));
            Assert.That(count.GetProperty("eligible").GetInt32(), Is.EqualTo(3), "opted out and surveyed 10 days ago (window 90) left out");
            Assert.That(count.GetProperty("eligibleEstimated").GetBoolean(), Is.False);
            Assert.That(everyone.GetProperty("count").GetInt32(), Is.EqualTo(12));
            Assert.That(employers.GetProperty("count").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task CountCampaignCustomers_WithTicketConditions_CountsCustomersWithAMatchingTicketFinishedWithinTheDays()
    {
        var admin = await LoginAsAdminAsync();
        var area = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = (string?)null }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics",
            new { areaId = area, parentId = (Guid?)null, code = "CRED-DESEMBOLSO", name = "Desembolsos" }));
        var answer = new { body = "Listo", resolutionType = "answered" };

        // Finished 40 days before the others.
        await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "walk_in", email: "antiguo@example.com", answerNow: answer));
        App.Clock.Advance(TimeSpan.FromDays(40));
        admin = await LoginAsAdminAsync(); // the session expired while the clock moved
        await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "phone", email: "telefono@example.com", answerNow: answer, topicId: topic));
        await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "email", email: "correo@example.com", answerNow: answer));
        // Answered and not closed: finished too.
        var answered = (await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "web", email: "respondido@example.com"))).Number();
        var (_, etag) = await TicketApi.GetAsync(admin, answered);
        var answer2 = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{answered}/answer", answer, etag);
        Assert.That(answer2.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer2.Content.ReadAsStringAsync());
        // Open: not finished, so never "closed within".
        await TicketApi.CreateAsync(admin, TicketApi.NewTicket(channel: "phone", email: "abierto@example.com"));

        async Task<int> Count(object filter) => (await CountAsync(admin, filter)).GetProperty("count").GetInt32();
        var within30 = await Count(Filter(closedWithinDays: 30));
        var within60 = await Count(Filter(closedWithinDays: 60));
        var byPhoneWithin30 = await Count(Filter(closedWithinDays: 30, channels: ["phone"]));
        var byPhoneEver = await Count(Filter(channels: ["phone"]));
        var aboutTopic = await Count(Filter(topicIds: [topic]));
        var employersWithin30 = await Count(Filter(closedWithinDays: 30, kinds: ["employer"]));
        Assert.Multiple(() =>
        {
            Assert.That(within30, Is.EqualTo(3), "closed by phone, closed by email, answered through the web");
            Assert.That(within60, Is.EqualTo(4));
            Assert.That(byPhoneWithin30, Is.EqualTo(1));
            Assert.That(byPhoneEver, Is.EqualTo(2), "any phone ticket, finished or not");
            Assert.That(aboutTopic, Is.EqualTo(1));
            Assert.That(employersWithin30, Is.EqualTo(0), "the ticket conditions and the attributes combine");
        });
    }

    [Test]
    public async Task CountCampaignCustomers_WithAZeroDayWindow_Returns422NamingTheField()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/surveys/campaigns/matching-customers", new { filter = Filter(closedWithinDays: 0) });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("filter.closedWithinDays", out _), Is.True, problem.ToString());
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
