using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Surveys;

/// <summary>The public survey page's API: opening a link (records nothing) and answering it (once, every answer checked).</summary>
public sealed class SurveyResponseTests : IntegrationTest
{
    [Test]
    public async Task GetSurveyInvitation_WhenTheLinkIsGood_ShowsTheQuestionsAndRecordsNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        var before = await InvitationArrange.SnapshotAsync(App.Services);

        using var scanner = App.CreatePlainClient();
        var first = await scanner.GetAsync($"/api/public/surveys/{survey.Token}");
        var second = await scanner.GetAsync($"/api/public/surveys/{survey.Token}");
        var page = await first.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.ToString());
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), "opening a link twice is no different");
            Assert.That(await InvitationArrange.SnapshotAsync(App.Services), Is.EqualTo(before), "a GET of the link wrote something");
            Assert.That(page.Str("language"), Is.EqualTo("es"));
            Assert.That(page.Str("kind"), Is.EqualTo("hot"));
            Assert.That(page.Str("ticketNumber"), Is.EqualTo(survey.TicketNumber));
            Assert.That(page.Str("customerFirstName"), Is.EqualTo("José"));
            Assert.That(page.GetProperty("expiresAt").GetDateTimeOffset(), Is.EqualTo(App.Clock.GetUtcNow().AddDays(15)).Within(TimeSpan.FromDays(1)));
            Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.Str("key")), Is.EqualTo(new[] { "overall", "timeliness", "recommend", "resolved", "comment" }));
            Assert.That(page.GetProperty("items")[0].GetProperty("lowLabel").Str("es"), Is.EqualTo("Muy malo"));
        });
    }

    [TestCase("a-well-formed-token-that-nobody-was-ever-given-12")]
    [TestCase("not-a-token")]
    [TestCase("%20")]
    public async Task GetSurveyInvitation_WhenTheTokenIsUnknown_Returns404SurveyNotFound(string token)
    {
        using var anonymous = App.CreatePlainClient();
        var problem = await Problem.AssertAsync(await anonymous.GetAsync($"/api/public/surveys/{token}"), HttpStatusCode.NotFound);
        Assert.That(problem.Str("type"), Does.EndWith("/survey-not-found"));
    }

    [Test]
    public async Task GetSurveyInvitation_OnceTheLinkHasExpired_Returns410_AndSubmitToo_RecordingNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await customer.GetAsync($"/api/public/surveys/{survey.Token}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        App.Clock.Advance(TimeSpan.FromDays(15) + TimeSpan.FromSeconds(1));
        var read = await Problem.AssertAsync(await customer.GetAsync($"/api/public/surveys/{survey.Token}"), HttpStatusCode.Gone);
        var submit = await Problem.AssertAsync(await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers()), HttpStatusCode.Gone);
        Assert.Multiple(async () =>
        {
            Assert.That(read.Str("type"), Does.EndWith("/survey-expired"));
            Assert.That(submit.Str("type"), Does.EndWith("/survey-expired"));
            Assert.That(await InvitationArrange.CountsAsync(App.Services), Is.EqualTo((0L, 0L, 1L)));
        });
    }

    [TestCase("answered", "/survey-answered")]
    [TestCase("cancelled", "/survey-cancelled")]
    public async Task GetSurveyInvitation_WhenAnsweredOrWithdrawn_Returns409WithItsType(string status, string type)
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow(), status);
        using var customer = App.CreatePlainClient();
        var problem = await Problem.AssertAsync(await customer.GetAsync($"/api/public/surveys/{survey.Token}"), HttpStatusCode.Conflict);
        Assert.That(problem.Str("type"), Does.EndWith(type));
    }

    [Test]
    public async Task SubmitSurveyResponse_WhenValid_StoresEachAnswerWithTheSlicesAndTheDepartmentsDay()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        // 03:30 UTC is 22:30 of the day before in Bogotá (UTC-5): the answer belongs to the department's day.
        var submitAt = new DateTimeOffset(App.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(3).AddMinutes(30), TimeSpan.Zero);
        App.Clock.SetUtcNow(submitAt);

        using var customer = App.CreatePlainClient();
        var response = await InvitationArrange.SubmitAsync(customer, survey.Token,
        [
            new { key = "overall", score = 7 },
            new { key = "recommend", score = 0 },
            new { key = "resolved", choice = false },
            new { key = "timeliness", score = (int?)null },
            new { key = "comment", text = "  Muy amables.  " },
        ]);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        Assert.That(InvitationArrange.Json(body).GetProperty("submittedAt").GetDateTimeOffset(), Is.EqualTo(submitAt));

        var answers = await InvitationArrange.QueryAsync<AnswerRow>(App.Services, """
            SELECT item_key, kind, score::int AS score, choice, comment, local_day::text AS local_day, survey_kind, response_channel, ticket_channel,
                agent_id, customer_segment, template_id
            FROM surveys.answers ORDER BY item_key
            """);
        var invitation = await InvitationArrange.ScalarAsync<(string, DateTimeOffset)>(App.Services,
            "SELECT status, responded_at FROM surveys.invitations WHERE id = @Id", new { Id = survey.InvitationId });
        var stored = await InvitationArrange.ScalarAsync<(string, string, Guid)>(App.Services, "SELECT channel, language, customer_id FROM surveys.responses");
        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.ItemKey), Is.EqualTo(new[] { "comment", "overall", "recommend", "resolved" }), "the skipped item has no row");
            Assert.That(answers.Single(a => a.ItemKey == "overall").Score, Is.EqualTo(7));
            Assert.That(answers.Single(a => a.ItemKey == "recommend").Score, Is.EqualTo(0));
            Assert.That(answers.Single(a => a.ItemKey == "resolved").Choice, Is.False);
            Assert.That(answers.Single(a => a.ItemKey == "comment").Comment, Is.EqualTo("Muy amables."));
            Assert.That(answers.Select(a => a.LocalDay).Distinct(), Is.EqualTo(new[] { submitAt.AddHours(-5).ToString("yyyy-MM-dd") }));
            Assert.That(answers.All(a => a is { SurveyKind: "hot", ResponseChannel: "email", TicketChannel: InvitationArrange.TicketChannel, CustomerSegment: InvitationArrange.Segment }));
            Assert.That(answers.All(a => a.AgentId == InvitationArrange.AgentId && a.TemplateId == survey.TemplateId));
            Assert.That(invitation, Is.EqualTo(("answered", submitAt)));
            Assert.That(stored, Is.EqualTo(("email", "es", survey.CustomerId)));
        });
    }

    private sealed record AnswerRow(
        string ItemKey, string Kind, int? Score, bool? Choice, string? Comment, string LocalDay, string SurveyKind, string ResponseChannel,
        string? TicketChannel, Guid? AgentId, string? CustomerSegment, Guid TemplateId);

    [Test]
    public async Task SubmitSurveyResponse_WhenSubmittedAgain_Returns409AndKeepsTheFirstResponse()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall: 6))).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var again = await Problem.AssertAsync(await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall: 7)), HttpStatusCode.Conflict);
        var read = await Problem.AssertAsync(await customer.GetAsync($"/api/public/surveys/{survey.Token}"), HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(again.Str("type"), Does.EndWith("/survey-answered"));
            Assert.That(read.Str("type"), Does.EndWith("/survey-answered"));
            Assert.That(await InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM surveys.responses"), Is.EqualTo(1));
            Assert.That(await InvitationArrange.ScalarAsync<int>(App.Services, "SELECT score FROM surveys.answers WHERE item_key = 'overall'"), Is.EqualTo(6));
        });
    }

    /// <summary>Each case: the answers sent and the one field the 422 must name.</summary>
    private static IEnumerable<TestCaseData> BadAnswers()
    {
        object[] With(params object[] changed)
        {
            var keys = changed.Select(c => (string)c.GetType().GetProperty("key")!.GetValue(c)!).ToHashSet();
            return [.. changed, .. InvitationArrange.Answers().Where(a => !keys.Contains((string)a.GetType().GetProperty("key")!.GetValue(a)!))];
        }

        yield return new TestCaseData(With(new { key = "overall", score = 8 }), "answers.overall").SetName("score above the 1-7 scale");
        yield return new TestCaseData(With(new { key = "overall", score = 0 }), "answers.overall").SetName("score below the 1-7 scale");
        yield return new TestCaseData(With(new { key = "recommend", score = 11 }), "answers.recommend").SetName("score above the 0-10 scale");
        yield return new TestCaseData(With(new { key = "recommend", score = -1 }), "answers.recommend").SetName("score below the 0-10 scale");
        yield return new TestCaseData(With(new { key = "timeliness", choice = true }), "answers.timeliness").SetName("choice on a scored item");
        yield return new TestCaseData(With(new { key = "overall", score = 2, text = "Pésimo" }), "answers.overall").SetName("text on a scored item");
        yield return new TestCaseData(With(new { key = "resolved", score = 1 }), "answers.resolved").SetName("score on a yes-no item");
        yield return new TestCaseData(With(new { key = "comment", choice = true }), "answers.comment").SetName("choice on a free-text item");
        yield return new TestCaseData(With(new { key = "comment", text = new string('a', 4001) }), "answers.comment").SetName("free text over 4000 characters");
        yield return new TestCaseData(InvitationArrange.Answers().Skip(1).ToArray(), "answers.overall").SetName("required item missing");
        yield return new TestCaseData(With(new { key = "overall", score = (int?)null }), "answers.overall").SetName("required item sent empty");
        yield return new TestCaseData(With(new { key = "courtesy", score = 5 }), "answers.courtesy").SetName("unknown item");
        yield return new TestCaseData(InvitationArrange.Answers().Append(new { key = "timeliness", score = 3 }).ToArray(), "answers.timeliness").SetName("item answered twice");
        yield return new TestCaseData(With(new { key = "Not A Key", score = 3 }), "answers[0].key").SetName("key that is not a key");
    }

    [TestCaseSource(nameof(BadAnswers))]
    public async Task SubmitSurveyResponse_WithABadAnswer_Returns422NamingItAndRecordsNothing(object[] answers, string field)
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        var before = await InvitationArrange.SnapshotAsync(App.Services);
        using var customer = App.CreatePlainClient();

        var problem = await Problem.AssertAsync(await InvitationArrange.SubmitAsync(customer, survey.Token, answers), HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Multiple(async () =>
        {
            Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }), errors.ToString());
            Assert.That(await InvitationArrange.SnapshotAsync(App.Services), Is.EqualTo(before), "a refused submit wrote something");
        });
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers())).StatusCode, Is.EqualTo(HttpStatusCode.Created),
            "the link still answers after a refused submit");
    }

    [Test]
    public async Task SubmitSurveyResponse_WhenTheTokenIsUnknown_Returns404AndRecordsNothing()
    {
        using var admin = await LoginAsAdminAsync();
        await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        var before = await InvitationArrange.SnapshotAsync(App.Services);
        using var anonymous = App.CreatePlainClient();
        var problem = await Problem.AssertAsync(
            await InvitationArrange.SubmitAsync(anonymous, InvitationTokens.New(), InvitationArrange.Answers(overall: 1)), HttpStatusCode.NotFound);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.Str("type"), Does.EndWith("/survey-not-found"));
            Assert.That(await InvitationArrange.SnapshotAsync(App.Services), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task SubmitSurveyResponse_OnAColdInvitation_StoresTheCampaignAndNoTicketSlices()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin, "Quincenal", "cold");
        var ticket = (await TicketApi.GetAsync(admin, (await TicketApi.CreateAsync(admin)).Number())).Ticket;
        var customerId = ticket.GetProperty("customer").GetProperty("id").GetGuid();
        var (_, token) = await InvitationArrange.InsertAsync(App.Services, templateId, customerId, App.Clock.GetUtcNow(), kind: "cold", language: "en");
        using var customer = App.CreatePlainClient();

        var page = await customer.GetFromJsonAsync<JsonElement>($"/api/public/surveys/{token}");
        var response = await InvitationArrange.SubmitAsync(customer, token, InvitationArrange.Answers());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var row = await InvitationArrange.ScalarAsync<(string, bool, bool)>(App.Services,
            "SELECT a.survey_kind, a.campaign_id IS NOT NULL, a.ticket_channel IS NULL FROM surveys.answers a WHERE a.item_key = 'overall'");
        Assert.Multiple(async () =>
        {
            Assert.That(page.Str("kind"), Is.EqualTo("cold"));
            Assert.That(page.Str("language"), Is.EqualTo("en"));
            Assert.That(page.GetProperty("ticketNumber").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(row, Is.EqualTo(("cold", true, true)));
            Assert.That(await InvitationArrange.ScalarAsync<string>(App.Services, "SELECT language FROM surveys.responses"), Is.EqualTo("en"));
        });
    }
}
