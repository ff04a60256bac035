using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Surveys;

/// <summary>An agent records the ticket's hot survey as the customer answers it at the end of a call.</summary>
public sealed class PhoneSurveyTests : IntegrationTest
{
    private static Task<HttpResponseMessage> RecordAsync(HttpClient agent, string number, object[] answers, string language = "es") =>
        agent.PostAsJsonAsync($"/api/tickets/{number}/survey-responses", new { language, answers });

    [Test]
    public async Task RecordPhoneSurvey_WhenTheTicketHasNoSurvey_MakesAPhoneInvitationAndRecordsTheAnswersByTheAgent()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin);
        await InvitationArrange.ChooseHotTemplateAsync(admin, templateId);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var agentId = (await agent.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var number = (await TicketApi.CreateAsync(agent)).Number();

        var response = await RecordAsync(agent, number, InvitationArrange.Answers(overall: 6), language: "en");
        var body = InvitationArrange.Json(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        var invitation = await InvitationArrange.ScalarAsync<(string, string, string, bool, string)>(App.Services,
            "SELECT kind, channel, status, token_hash IS NULL, language FROM surveys.invitations");
        var stored = await InvitationArrange.ScalarAsync<(Guid, string, Guid?, string)>(App.Services, "SELECT id, channel, recorded_by, language FROM surveys.responses");
        var surveys = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/{number}/surveys");
        Assert.Multiple(async () =>
        {
            Assert.That(body.GetProperty("id").GetGuid(), Is.EqualTo(stored.Item1));
            Assert.That(body.GetProperty("recoveryTicketNumber").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(invitation, Is.EqualTo(("hot", "phone", "answered", true, "en")));
            Assert.That(stored.Item2, Is.EqualTo("phone"));
            Assert.That(stored.Item3, Is.EqualTo(agentId));
            Assert.That(stored.Item4, Is.EqualTo("en"));
            Assert.That(await InvitationArrange.ScalarAsync<string>(App.Services, "SELECT DISTINCT response_channel FROM surveys.answers"), Is.EqualTo("phone"));
            Assert.That(await InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM surveys.customer_contacts"), Is.EqualTo(1),
                "a phone survey counts for the re-survey window");
            Assert.That(surveys.GetArrayLength(), Is.EqualTo(1));
            Assert.That(surveys[0].Str("channel"), Is.EqualTo("phone"));
            Assert.That(surveys[0].Str("status"), Is.EqualTo("answered"));
        });
    }

    [TestCase("scheduled")]
    [TestCase("sent")]
    public async Task RecordPhoneSurvey_WhenTheHotInvitationWaits_AnswersItByPhone_SoItsLinkAnswers409(string status)
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow(), status);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);

        var response = await RecordAsync(agent, survey.TicketNumber, InvitationArrange.Answers());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        using var customer = App.CreatePlainClient();
        var link = await Problem.AssertAsync(await customer.GetAsync($"/api/public/surveys/{survey.Token}"), HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(link.Str("type"), Does.EndWith("/survey-answered"));
            Assert.That(await InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM surveys.invitations"), Is.EqualTo(1), "no second invitation");
            Assert.That(await InvitationArrange.ScalarAsync<string>(App.Services, "SELECT status FROM surveys.invitations"), Is.EqualTo("answered"),
                "a scheduled invitation answered by phone is never sent");
            Assert.That(await InvitationArrange.ScalarAsync<string>(App.Services, "SELECT channel FROM surveys.responses"), Is.EqualTo("phone"));
        });
    }

    [Test]
    public async Task RecordPhoneSurvey_WhenTheTicketsSurveyIsAnswered_Returns409AndRecordsNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers())).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var before = await InvitationArrange.SnapshotAsync(App.Services);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);

        var problem = await Problem.AssertAsync(await RecordAsync(agent, survey.TicketNumber, InvitationArrange.Answers()), HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.Str("type"), Does.EndWith("/survey-answered"));
            Assert.That(await InvitationArrange.SnapshotAsync(App.Services), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task RecordPhoneSurvey_WithABadAnswer_Returns422NamingItAndMakesNoInvitation()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin);
        await InvitationArrange.ChooseHotTemplateAsync(admin, templateId);
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var before = await InvitationArrange.SnapshotAsync(App.Services);

        var problem = await Problem.AssertAsync(
            await RecordAsync(admin, number, [new { key = "overall", score = 9 }]), HttpStatusCode.UnprocessableEntity);
        var language = await Problem.AssertAsync(
            await RecordAsync(admin, number, InvitationArrange.Answers(), language: "fr"), HttpStatusCode.UnprocessableEntity);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.GetProperty("errors").TryGetProperty("answers.overall", out _), Is.True, problem.ToString());
            Assert.That(language.GetProperty("errors").TryGetProperty("language", out _), Is.True, language.ToString());
            Assert.That(await InvitationArrange.SnapshotAsync(App.Services), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task RecordPhoneSurvey_WhenTheOverallIsInTheBottomBox_OpensARecoveryByPhoneAndNamesIt()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin);
        await InvitationArrange.ChooseHotTemplateAsync(admin, templateId);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();

        var response = await RecordAsync(agent, number, InvitationArrange.Answers(overall: 3, comment: "Me hicieron llamar tres veces."));
        var body = InvitationArrange.Json(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        var recoveryNumber = body.Str("recoveryTicketNumber");
        var (recovery, _) = await TicketApi.GetAsync(agent, recoveryNumber);
        Assert.Multiple(() =>
        {
            Assert.That(recovery.Str("type"), Is.EqualTo("complaint"));
            Assert.That(recovery.Str("channel"), Is.EqualTo("phone"));
            Assert.That(recovery.Str("description"), Does.Contain("Me hicieron llamar tres veces.").And.Contain("por teléfono"));
        });
    }

    [Test]
    public async Task RecordPhoneSurvey_WhenNoHotTemplateIsChosen_Returns409()
    {
        using var admin = await LoginAsAdminAsync();
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var problem = await Problem.AssertAsync(await RecordAsync(admin, number, InvitationArrange.Answers()), HttpStatusCode.Conflict);
        Assert.That(problem.Str("type"), Does.EndWith("/survey-not-configured"));
    }

    [Test]
    public async Task RecordPhoneSurvey_WhenTheCustomerOptedOut_Returns409AndRecordsNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin);
        await InvitationArrange.ChooseHotTemplateAsync(admin, templateId);
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var customerId = (await TicketApi.GetAsync(admin, number)).Ticket.GetProperty("customer").GetProperty("id").GetGuid();
        await InvitationArrange.ExecuteAsync(App.Services, "INSERT INTO surveys.opt_outs (customer_id, opted_out_at, source) VALUES (@CustomerId, now(), 'email')",
            new { CustomerId = customerId });

        var problem = await Problem.AssertAsync(await RecordAsync(admin, number, InvitationArrange.Answers()), HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.Str("type"), Does.EndWith("/survey-opted-out"));
            Assert.That(await InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM surveys.invitations"), Is.Zero);
        });
    }

    [Test]
    public async Task RecordPhoneSurvey_WhenTheTicketIsUnknown_Returns404()
    {
        using var admin = await LoginAsAdminAsync();
        await Problem.AssertAsync(await RecordAsync(admin, "PQRS-2000-999999", InvitationArrange.Answers()), HttpStatusCode.NotFound);
    }
}
