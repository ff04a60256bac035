using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Npgsql;

namespace HelpDesk.Tests.Surveys;

/// <summary>A bottom-box overall answer opens one complaint for the supervisors, in the response's transaction, once per response.</summary>
public sealed class RecoveryTests : IntegrationTest
{
    [Test]
    public async Task SubmitSurveyResponse_WhenTheOverallIsInTheBottomBox_OpensOneComplaintInTheSupervisorsQueue()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();

        var response = await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall: 2, comment: "Nadie me devolvió la llamada."));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());

        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        var queue = (await supervisor.GetFromJsonAsync<JsonElement>("/api/tickets?queue=supervisors")).GetProperty("items").EnumerateArray().ToList();
        Assert.That(queue, Has.Count.EqualTo(1), "one recovery ticket in the supervisors' queue");
        var number = queue[0].Str("number");
        var (recovery, _) = await TicketApi.GetAsync(supervisor, number);
        var stored = await InvitationArrange.ScalarAsync<(Guid?, Guid?, string?)>(App.Services, """
            SELECT r.recovery_ticket_id, t.related_ticket_id, t.queue FROM surveys.responses r JOIN tickets.tickets t ON t.id = r.recovery_ticket_id
            """);
        var originalTimeline = await supervisor.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{survey.TicketNumber}/timeline");
        var recoveryTimeline = await supervisor.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline");
        var surveys = await supervisor.GetFromJsonAsync<JsonElement>($"/api/tickets/{survey.TicketNumber}/surveys");
        Assert.Multiple(() =>
        {
            Assert.That(recovery.Str("type"), Is.EqualTo("complaint"));
            Assert.That(recovery.Str("status"), Is.EqualTo("new"));
            Assert.That(recovery.Str("priority"), Is.EqualTo("high"));
            Assert.That(recovery.Str("channel"), Is.EqualTo("web"), "the customer said it on the survey page");
            Assert.That(recovery.GetProperty("customer").GetProperty("id").GetGuid(), Is.EqualTo(survey.CustomerId));
            Assert.That(recovery.Str("subject"), Does.Contain("2 de 7").And.Contain(survey.TicketNumber));
            Assert.That(recovery.Str("description"), Does.Contain("Nadie me devolvió la llamada.").And.Contain("2 de 7"));
            Assert.That(stored, Is.EqualTo(((Guid?)recovery.GetProperty("id").GetGuid(), (Guid?)survey.TicketId, "supervisors")));
            Assert.That(originalTimeline!.Single(e => e.Str("type") == "recovery_opened").GetProperty("data").Str("recoveryNumber"), Is.EqualTo(number));
            Assert.That(recoveryTimeline!.Single(e => e.Str("type") == "opened_for_recovery").GetProperty("data").Str("originalNumber"), Is.EqualTo(survey.TicketNumber));
            Assert.That(surveys[0].Str("recoveryTicketNumber"), Is.EqualTo(number));
        });
    }

    [TestCase(4, true)]
    [TestCase(5, false)]
    [TestCase(7, false)]
    public async Task SubmitSurveyResponse_WithTheDefaultThreshold_OpensARecoveryOnlyAtOrBelow4(int overall, bool opens)
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await RecoveryTicketsAsync(), Is.EqualTo(opens ? 1 : 0));
    }

    [Test]
    public async Task SubmitSurveyResponse_WhenTheThresholdIsLowered_OpensNoRecoveryAboveIt()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        await InvitationArrange.ChooseHotTemplateAsync(admin, survey.TemplateId, recoveryThreshold: 2);
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall: 3))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await RecoveryTicketsAsync(), Is.Zero);
    }

    [TestCase(6, true)]
    [TestCase(7, false)]
    public async Task SubmitSurveyResponse_WhenTheOverallIsAn0To10Item_OpensARecoveryForDetractors(int overall, bool opens)
    {
        using var admin = await LoginAsAdminAsync();
        object[] items =
        [
            new
            {
                key = "overall", kind = "nps_0_10", required = true, overall = true, text = SurveyArrange.Text("¿Nos recomendaría?", "Would you recommend us?"),
                lowLabel = SurveyArrange.Text("Nada probable", "Not at all likely"), highLabel = SurveyArrange.Text("Muy probable", "Extremely likely"),
            },
            SurveyArrange.FreeText("comment", "Comentarios"),
        ];
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow(), items: items);
        using var customer = App.CreatePlainClient();
        var response = await InvitationArrange.SubmitAsync(customer, survey.Token, [new { key = "overall", score = overall }]);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await RecoveryTicketsAsync(), Is.EqualTo(opens ? 1 : 0));
    }

    [Test]
    public async Task SubmitSurveyResponse_OnAColdSurvey_OpensARecoveryLinkedOnlyToTheCustomer()
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = await SurveyArrange.CreateTemplateAsync(admin, "Quincenal", "cold");
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var customerId = (await TicketApi.GetAsync(admin, number)).Ticket.GetProperty("customer").GetProperty("id").GetGuid();
        var (_, token) = await InvitationArrange.InsertAsync(App.Services, templateId, customerId, App.Clock.GetUtcNow(), kind: "cold");
        using var customer = App.CreatePlainClient();

        Assert.That((await InvitationArrange.SubmitAsync(customer, token, InvitationArrange.Answers(overall: 1))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var recovery = await InvitationArrange.ScalarAsync<(Guid, Guid?, string)>(App.Services,
            "SELECT customer_id, related_ticket_id, subject FROM tickets.tickets WHERE queue = 'supervisors'");
        Assert.Multiple(async () =>
        {
            Assert.That(recovery.Item1, Is.EqualTo(customerId));
            Assert.That(recovery.Item2, Is.Null);
            Assert.That(recovery.Item3, Does.Contain("1 de 7"));
            Assert.That(await TicketApi.TimelineTypesAsync(admin, number), Does.Not.Contain("recovery_opened"), "no ticket was surveyed");
        });
    }

    [Test]
    public async Task SubmitSurveyResponse_WhenRetried_Returns409AndOpensNoSecondRecovery()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        var answers = InvitationArrange.Answers(overall: 1, comment: "Pésimo servicio.");

        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, answers)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await Problem.AssertAsync(await InvitationArrange.SubmitAsync(customer, survey.Token, answers), HttpStatusCode.Conflict);
        Assert.Multiple(async () =>
        {
            Assert.That(await RecoveryTicketsAsync(), Is.EqualTo(1));
            Assert.That(await TicketApi.TimelineTypesAsync(admin, survey.TicketNumber), Has.Exactly(1).EqualTo("recovery_opened"));
        });
    }

    [Test]
    public async Task SubmitSurveyResponse_WhenSubmittedConcurrently_RecordsOneResponseAndOneRecovery()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        var answers = InvitationArrange.Answers(overall: 2, comment: "Doble clic.");
        var clients = Enumerable.Range(0, 6).Select(_ => App.CreatePlainClient()).ToList();

        // Hold the invitation row so that every submit is under way (waiting on it) before any of them may finish.
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var hold = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM surveys.invitations WHERE id = @Id FOR UPDATE", connection, hold))
        {
            lockRow.Parameters.AddWithValue("Id", survey.InvitationId);
            await lockRow.ExecuteScalarAsync();
        }

        var submits = clients.Select(c => InvitationArrange.SubmitAsync(c, survey.Token, answers)).ToList();
        var waiting = 0L;
        for (var i = 0; i < 200 && waiting < clients.Count; i++)
        {
            await Task.Delay(50);
            waiting = await InvitationArrange.ScalarAsync<long>(App.Services,
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        }

        await hold.CommitAsync();
        var responses = await Task.WhenAll(submits);
        var statuses = responses.Select(r => r.StatusCode).ToList();
        clients.ForEach(c => c.Dispose());
        Assert.Multiple(async () =>
        {
            Assert.That(waiting, Is.EqualTo(clients.Count), "every submit waited on the held invitation");
            Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1), string.Join(", ", statuses));
            Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(5), string.Join(", ", statuses));
            Assert.That(await InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM surveys.responses"), Is.EqualTo(1));
            Assert.That(await RecoveryTicketsAsync(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ListTickets_SupervisorsQueue_LeavesOutOtherTicketsAndAnsweredRecoveries()
    {
        using var admin = await LoginAsAdminAsync();
        var survey = await InvitationArrange.HotAsync(App.Services, admin, App.Clock.GetUtcNow());
        using var customer = App.CreatePlainClient();
        Assert.That((await InvitationArrange.SubmitAsync(customer, survey.Token, InvitationArrange.Answers(overall: 3))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var recovery = (await admin.GetFromJsonAsync<JsonElement>("/api/tickets?queue=supervisors")).GetProperty("items")[0].Str("number");

        var (_, etag) = await TicketApi.GetAsync(admin, recovery);
        var answered = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{recovery}/answer",
            new { body = "Llamamos al cliente y acordamos la devolución.", resolutionType = "favourable" }, etag);
        Assert.That(answered.IsSuccessStatusCode, Is.True, await answered.Content.ReadAsStringAsync());
        var queue = await admin.GetFromJsonAsync<JsonElement>("/api/tickets?queue=supervisors");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/tickets");
        Assert.Multiple(() =>
        {
            Assert.That(queue.GetProperty("items").GetArrayLength(), Is.Zero);
            Assert.That(all.GetProperty("items").GetArrayLength(), Is.EqualTo(2), "the surveyed ticket and its recovery");
        });
    }

    private static Task<long> RecoveryTicketsAsync() =>
        InvitationArrange.ScalarAsync<long>(App.Services, "SELECT count(*) FROM tickets.tickets WHERE type = 'complaint' AND queue = 'supervisors'");
}
