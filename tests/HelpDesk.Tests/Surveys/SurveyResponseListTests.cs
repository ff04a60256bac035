using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Shared.Security;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Surveys;

/// <summary>The surveys on the ticket page (ListTicketSurveys) and in the customer 360 (GetCustomerSurveys).</summary>
public sealed class SurveyResponseListTests : IntegrationTest
{
    [Test]
    public async Task ListTicketSurveys_AfterASubmit_ShowsTheAnswersInTheTemplatesOrderWithTheirWording()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        var answers = InvitationArrange.Answers(overall: 5, comment: "Bien.").Reverse().ToArray();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, answers)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var auditor = await LoginAsNewUserAsync("auditora@test.example", [Roles.QualityAuditor]);

        var surveys = await auditor.GetFromJsonAsync<JsonElement>($"/api/tickets/{survey.TicketNumber}/surveys");
        var one = surveys[0];
        var items = one.GetProperty("answers").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(surveys.GetArrayLength(), Is.EqualTo(1));
            Assert.That(one.GetProperty("invitationId").GetGuid(), Is.EqualTo(survey.InvitationId));
            Assert.That(one.Str("kind"), Is.EqualTo("hot"));
            Assert.That(one.Str("channel"), Is.EqualTo("email"));
            Assert.That(one.Str("status"), Is.EqualTo("answered"));
            Assert.That(one.Str("ticketNumber"), Is.EqualTo(survey.TicketNumber));
            Assert.That(one.Str("templateName"), Is.EqualTo("Posterior al caso"));
            Assert.That(one.GetProperty("templateVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(one.GetProperty("respondedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(one.GetProperty("recoveryTicketNumber").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(items.Select(i => i.Str("key")), Is.EqualTo(new[] { "overall", "timeliness", "recommend", "resolved", "comment" }));
            Assert.That(items[0].Str("kind"), Is.EqualTo("scale_1_7"));
            Assert.That(items[0].GetProperty("text").Str("es"), Is.EqualTo("En general, ¿cómo califica la atención?"));
            Assert.That(items[0].GetProperty("score").GetInt32(), Is.EqualTo(5));
            Assert.That(items[3].GetProperty("choice").GetBoolean(), Is.True);
            Assert.That(items[4].Str("comment"), Is.EqualTo("Bien."));
        });
    }

    [Test]
    public async Task ListTicketSurveys_WhenTheLinkHasExpiredUnanswered_ShowsItExpired()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        Assert.That((await admin.GetFromJsonAsync<JsonElement>($"/api/tickets/{survey.TicketNumber}/surveys"))[0].Str("status"), Is.EqualTo("sent"));
        App.Clock.Advance(TimeSpan.FromDays(16));
        using var reader = await LoginAsAdminAsync(); // the first session has lapsed meanwhile
        var surveys = await reader.GetFromJsonAsync<JsonElement>($"/api/tickets/{survey.TicketNumber}/surveys");
        Assert.Multiple(() =>
        {
            Assert.That(surveys[0].Str("status"), Is.EqualTo("expired"));
            Assert.That(surveys[0].GetProperty("answers").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task ListTicketSurveys_ForAnAreaResponderOutsideTheTicket_Returns404_AndForAPartnerKey403()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        var area = await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = (string?)null });
        var areaId = (await area.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var responder = await LoginAsNewUserAsync("area@test.example", [Roles.AreaResponder], [areaId]);
        using var partner = App.CreatePlainClient(await CreateApiKeyAsync("Banco Aliado", Scopes.TicketsRead));

        await Problem.AssertAsync(await responder.GetAsync($"/api/tickets/{survey.TicketNumber}/surveys"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await partner.GetAsync($"/api/tickets/{survey.TicketNumber}/surveys"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetCustomerSurveys_ShowsTheOptOut_TheLastSurvey_AndTheSurveysNewestFirstWithTheirRecovery()
    {
        using var admin = await LoginAsAdminAsync();
        var first = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, first.Token, InvitationArrange.Answers(overall: 1))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await TicketApi.CreateAsync(admin, TicketApi.NewTicket(document: (await TicketApi.GetAsync(admin, first.TicketNumber)).Ticket.GetProperty("customer").Str("document")));
        var secondTicket = (await TicketApi.GetAsync(admin, second.Number())).Ticket;
        await InvitationArrange.InsertAsync(App.Services, first.TemplateId, first.CustomerId, App.Clock.GetUtcNow(),
            ticketId: secondTicket.GetProperty("id").GetGuid(), ticketNumber: second.Number(), status: "scheduled");
        var lastSurveyed = App.Clock.GetUtcNow();
        await InvitationArrange.ExecuteAsync(App.Services, """
            INSERT INTO surveys.customer_contacts (customer_id, last_surveyed_at) VALUES (@CustomerId, @At);
            INSERT INTO surveys.opt_outs (customer_id, opted_out_at, source) VALUES (@CustomerId, @At, 'page');
            """, new { first.CustomerId, At = lastSurveyed });
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);

        var view = await agent.GetFromJsonAsync<JsonElement>($"/api/customers/{first.CustomerId}/surveys");
        var surveys = view.GetProperty("surveys").EnumerateArray().ToList();
        var recovery = await InvitationArrange.ScalarAsync<string>(App.Services, "SELECT number FROM tickets.tickets WHERE queue = 'supervisors'");
        Assert.Multiple(() =>
        {
            Assert.That(view.GetProperty("optedOut").GetBoolean(), Is.True);
            Assert.That(view.GetProperty("optedOutAt").GetDateTimeOffset(), Is.EqualTo(lastSurveyed).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(view.Str("optedOutSource"), Is.EqualTo("page"));
            Assert.That(view.GetProperty("lastSurveyedAt").GetDateTimeOffset(), Is.EqualTo(lastSurveyed).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(surveys.Select(s => s.Str("ticketNumber")), Is.EqualTo(new[] { second.Number(), first.TicketNumber }));
            Assert.That(surveys.Select(s => s.Str("status")), Is.EqualTo(new[] { "scheduled", "answered" }));
            Assert.That(surveys[1].Str("recoveryTicketNumber"), Is.EqualTo(recovery));
            Assert.That(surveys[1].GetProperty("answers")[0].GetProperty("score").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task GetCustomerSurveys_ForACustomerNeverSurveyed_IsEmpty_AndForAnUnknownOne404()
    {
        using var admin = await LoginAsAdminAsync();
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var customerId = (await TicketApi.GetAsync(admin, number)).Ticket.GetProperty("customer").GetProperty("id").GetGuid();

        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/customers/{customerId}/surveys");
        Assert.Multiple(() =>
        {
            Assert.That(view.GetProperty("optedOut").GetBoolean(), Is.False);
            Assert.That(view.GetProperty("optedOutSource").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(view.GetProperty("lastSurveyedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(view.GetProperty("surveys").GetArrayLength(), Is.Zero);
        });
        await Problem.AssertAsync(await admin.GetAsync($"/api/customers/{Guid.CreateVersion7()}/surveys"), HttpStatusCode.NotFound);
    }
}
