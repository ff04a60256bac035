using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Npgsql;

namespace HelpDesk.Tests.Escalation;

public sealed class EscalationTests : IntegrationTest
{
    private sealed record Setup(Guid Credit, Guid Treasury, Guid CreditBoard, Guid Topic, Guid Subtopic, HttpClient Admin);

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<Setup> ArrangeAsync()
    {
        var admin = await LoginAsAdminAsync();
        var credit = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = "jefe.credito@example.com" }));
        var treasury = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "TESORERIA", name = "Tesorería" }));
        var board = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "COMITE-CREDITO", name = "Comité de crédito" }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = credit, parentId = (Guid?)null, code = "CRED-DESEMBOLSO", name = "Desembolsos" }));
        var subtopic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = credit, parentId = topic, code = "CRED-DES-DEMORA", name = "Demora" }));
        // Only the parent topic has a row: the subtopic falls back to it.
        await IdOf(await admin.PostAsJsonAsync("/api/escalation/matrix", new { topicId = topic, areaId = credit, nextAreaId = board, nextToManager = false, olaMinutes = 960 }));
        return new Setup(credit, treasury, board, topic, subtopic, admin);
    }

    private static async Task<JsonElement> EscalateAsync(HttpClient client, string number, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/tickets/{number}/escalations", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{path}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Test]
    public async Task Suggestion_FallsBackToTheParentTopic_AndATypeSpecificRowWins()
    {
        var s = await ArrangeAsync();
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var claim = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(type: "claim", topicId: s.Subtopic))).Number();
        var suggestion = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/{claim}/escalation-suggestion");
        Assert.That(suggestion.GetProperty("row").GetProperty("areaId").GetGuid(), Is.EqualTo(s.Credit));

        await IdOf(await s.Admin.PostAsJsonAsync("/api/escalation/matrix", new { topicId = s.Subtopic, ticketType = "claim", areaId = s.Treasury, olaMinutes = 120 }));
        var specific = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/{claim}/escalation-suggestion");
        Assert.That(specific.GetProperty("row").GetProperty("areaId").GetGuid(), Is.EqualTo(s.Treasury));

        var petition = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(type: "petition", topicId: s.Subtopic))).Number();
        var forPetition = await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/{petition}/escalation-suggestion");
        Assert.That(forPetition.GetProperty("row").GetProperty("areaId").GetGuid(), Is.EqualTo(s.Credit), "the claim row does not apply to petitions");

        var noTopic = (await TicketApi.CreateAsync(agent)).Number();
        Assert.That((await agent.GetFromJsonAsync<JsonElement>($"/api/tickets/{noTopic}/escalation-suggestion")).GetProperty("row").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Escalate_WithTheMatrixSuggestion_OpensALeg_AndTellsCustomerAndArea()
    {
        var s = await ArrangeAsync();
        using var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(topicId: s.Subtopic))).Number();

        var leg = await EscalateAsync(agent, number, new { reason = "Requiere validar el giro con el banco" });
        Assert.That((leg.GetProperty("areaId").GetGuid(), leg.Str("status"), leg.GetProperty("round").GetInt32(), leg.GetProperty("olaMinutes").GetInt32()),
            Is.EqualTo((s.Credit, "open", 1, 960)));
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("status"), Is.EqualTo("escalated"));
        Assert.That(await TicketApi.TimelineTypesAsync(agent, number), Does.Contain("escalated"));

        var emails = await Outbox.AllAsync();
        Assert.That(emails.Any(e => e.ToAddress == "jose.perez@example.com" && e.Subject.Contains(number, StringComparison.Ordinal) && e.TextBody.Contains("jose.perez@example.com", StringComparison.Ordinal)), Is.True);
        Assert.That(emails.Any(e => e.ToAddress == "credito@test.example" && e.Subject.Contains(number, StringComparison.Ordinal)), Is.True);

        var inbox = await responder.GetFromJsonAsync<JsonElement>("/api/escalations?status=open");
        Assert.That(inbox.GetProperty("items").EnumerateArray().Select(l => l.Str("ticketNumber")), Is.EqualTo(new[] { number }));
    }

    [Test]
    public async Task Escalate_BadInput_IsRefused()
    {
        var s = await ArrangeAsync();
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var closed = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(answerNow: new { body = "Listo", resolutionType = "answered" }));
        await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{closed.Number()}/escalations", new { areaId = s.Credit, reason = "x" }), HttpStatusCode.Conflict);

        var number = (await TicketApi.CreateAsync(agent)).Number();
        await s.Admin.PutAsJsonAsync($"/api/directory/areas/{s.Treasury}", new { code = "TESORERIA", name = "Tesorería", active = false });
        var inactive = await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = s.Treasury, reason = "x" }), HttpStatusCode.UnprocessableEntity);
        Assert.That(inactive.GetProperty("errors").TryGetProperty("areaId", out _), Is.True);
        await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = s.Credit, reason = "" }), HttpStatusCode.UnprocessableEntity);
        await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { reason = "sin tema" }), HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task ResponderOfAnotherArea_Gets404OnTheLegTheTicketAndItsAttachments()
    {
        var s = await ArrangeAsync();
        using var credit = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var treasury = await LoginAsNewUserAsync("tesoreria@test.example", ["area_responder"], [s.Treasury]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 soporte"u8.ToArray()), "file", "soporte.pdf" } };
        var attachmentId = await IdOf(await agent.PostAsync($"/api/tickets/{number}/attachments", form));
        var leg = await EscalateAsync(agent, number, new { areaId = s.Credit, reason = "Validar" });
        var legId = leg.Str("id");

        Assert.That((await credit.GetAsync($"/api/escalations/{legId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await credit.GetAsync($"/api/tickets/{number}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await credit.GetAsync($"/api/tickets/{number}/attachments/{attachmentId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await TicketApi.TimelineTypesAsync(credit, number), Does.Contain("escalated"));

        await Problem.AssertAsync(await treasury.GetAsync($"/api/escalations/{legId}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await treasury.GetAsync($"/api/tickets/{number}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await treasury.GetAsync($"/api/tickets/{number}/attachments/{attachmentId}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await treasury.PostAsJsonAsync($"/api/escalations/{legId}/answer", new { text = "x" }), HttpStatusCode.NotFound);
        Assert.That((await treasury.GetFromJsonAsync<JsonElement>("/api/escalations")).GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That((await treasury.GetFromJsonAsync<JsonElement>("/api/tickets")).GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That((await credit.GetFromJsonAsync<JsonElement>("/api/tickets")).GetProperty("items").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task AnswerAndReview_StateRules_And409s()
    {
        var s = await ArrangeAsync();
        using var credit = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var legId = (await EscalateAsync(agent, number, new { areaId = s.Credit, reason = "Validar" })).Str("id");

        await PostAsync(agent, $"/api/escalations/{legId}/review", new { decision = "accept" }, HttpStatusCode.Conflict);
        await Problem.AssertAsync(await credit.PostAsJsonAsync($"/api/escalations/{legId}/answer", new { text = new string('x', 20_001) }), HttpStatusCode.UnprocessableEntity);
        await Problem.AssertAsync(await credit.PostAsJsonAsync($"/api/escalations/{legId}/answer", new { text = "" }), HttpStatusCode.UnprocessableEntity);
        var taken = await PostAsync(credit, $"/api/escalations/{legId}/take");
        Assert.That(taken.Str("responderId"), Is.Not.Null);
        await PostAsync(credit, $"/api/escalations/{legId}/answer", new { text = "El giro salió el 3 de marzo." });
        await PostAsync(credit, $"/api/escalations/{legId}/answer", new { text = "otra vez" }, HttpStatusCode.Conflict);
        await Problem.AssertAsync(await credit.PostAsJsonAsync($"/api/escalations/{legId}/review", new { decision = "accept" }), HttpStatusCode.Forbidden);

        var review = await PostAsync(agent, $"/api/escalations/{legId}/review", new { decision = "accept" });
        Assert.That(review.Str("draftReply"), Is.EqualTo("El giro salió el 3 de marzo."));
        await PostAsync(agent, $"/api/escalations/{legId}/review", new { decision = "accept" }, HttpStatusCode.Conflict);
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("status"), Is.EqualTo("open"));
    }

    [Test]
    public async Task EveryStepOfALeg_LandsOnTheTicketTimeline_WithItsLegAndRound()
    {
        var s = await ArrangeAsync();
        using var credit = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var first = (await EscalateAsync(agent, number, new { areaId = s.Credit, reason = "Validar" })).Str("id");
        await PostAsync(credit, $"/api/escalations/{first}/answer", new { text = "Respuesta incompleta" });
        var second = (await PostAsync(agent, $"/api/escalations/{first}/review", new { decision = "reject", reason = "Falta la fecha" })).GetProperty("nextLeg").Str("id");
        await PostAsync(credit, $"/api/escalations/{second}/answer", new { text = "El giro salió el 3 de marzo." });
        await PostAsync(agent, $"/api/escalations/{second}/review", new { decision = "accept" });
        var third = (await EscalateAsync(agent, number, new { areaId = s.Treasury, reason = "Confirmar el abono" })).Str("id");
        await PostAsync(agent, $"/api/escalations/{third}/cancel");

        var timeline = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline");
        var legSteps = timeline!.Where(e => e.GetProperty("data").ValueKind == JsonValueKind.Object && e.GetProperty("data").TryGetProperty("legId", out _))
            .Select(e => (Type: e.Str("type"), Leg: e.GetProperty("data").Str("legId"))).ToList();
        Assert.That(legSteps, Is.EqualTo(new[]
        {
            ("escalated", first), ("area_answered", first), ("escalation_rejected", first), ("escalated", second),
            ("area_answered", second), ("escalation_accepted", second), ("escalated", third), ("escalation_cancelled", third),
        }));
        var rejected = timeline!.Single(e => e.Str("type") == "escalation_rejected").GetProperty("data");
        Assert.That((rejected.GetProperty("round").GetInt32(), rejected.Str("reason"), rejected.GetProperty("areaId").GetGuid()), Is.EqualTo((1, "Falta la fecha", s.Credit)));
        var answered = timeline!.Last(e => e.Str("type") == "area_answered").GetProperty("data");
        Assert.That((answered.GetProperty("round").GetInt32(), answered.Str("text")), Is.EqualTo((2, "El giro salió el 3 de marzo.")));
    }

    [Test]
    public async Task Rejections_ReEscalate_AndAfterTwoTheNextLevelAnswers()
    {
        var s = await ArrangeAsync();
        using var credit = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var board = await LoginAsNewUserAsync("comite@test.example", ["area_responder"], [s.CreditBoard]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(topicId: s.Topic))).Number();
        var legId = (await EscalateAsync(agent, number, new { reason = "Validar desembolso" })).Str("id");

        var areas = new List<Guid>();
        for (var round = 1; round <= 2; round++)
        {
            await PostAsync(credit, $"/api/escalations/{legId}/answer", new { text = $"Respuesta incompleta {round}" });
            var rejected = await PostAsync(agent, $"/api/escalations/{legId}/review", new { decision = "reject", reason = "No dice la fecha del giro" });
            var next = rejected.GetProperty("nextLeg");
            Assert.That(next.GetProperty("round").GetInt32(), Is.EqualTo(round + 1));
            Assert.That(next.Str("previousLegId"), Is.EqualTo(legId));
            areas.Add(next.GetProperty("areaId").GetGuid());
            legId = next.Str("id");
        }

        Assert.That(areas, Is.EqualTo(new[] { s.Credit, s.CreditBoard }), "second rejection goes to the next level");
        await Problem.AssertAsync(await credit.PostAsJsonAsync($"/api/escalations/{legId}/answer", new { text = "x" }), HttpStatusCode.NotFound);
        await PostAsync(board, $"/api/escalations/{legId}/answer", new { text = "El comité aprobó el giro del 3 de marzo." });
        await PostAsync(agent, $"/api/escalations/{legId}/review", new { decision = "reject", reason = "Falta el valor" });

        var legs = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/escalations");
        Assert.That(legs!.Select(l => (l.GetProperty("round").GetInt32(), l.Str("status"))),
            Is.EqualTo(new[] { (1, "rejected"), (2, "rejected"), (3, "rejected"), (4, "open") }));
        Assert.That(legs![3].GetProperty("areaId").GetGuid(), Is.EqualTo(s.CreditBoard), "no level above the next level");
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("status"), Is.EqualTo("escalated"));
    }

    [Test]
    public async Task ParallelLegs_TicketLeavesEscalatedOnlyWhenNoneIsPending_ThenTheAgentSendsTheFinalAnswer()
    {
        var s = await ArrangeAsync();
        using var credit = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [s.Credit]);
        using var treasury = await LoginAsNewUserAsync("tesoreria@test.example", ["area_responder"], [s.Treasury]);
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var creditLeg = (await EscalateAsync(agent, number, new { areaId = s.Credit, reason = "Estado del crédito" })).Str("id");
        var treasuryLeg = (await EscalateAsync(agent, number, new { areaId = s.Treasury, reason = "Estado del pago" })).Str("id");
        await Problem.AssertAsync(await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = s.Credit, reason = "otra vez" }), HttpStatusCode.Conflict);

        await PostAsync(credit, $"/api/escalations/{creditLeg}/answer", new { text = "Crédito al día." });
        await PostAsync(agent, $"/api/escalations/{creditLeg}/review", new { decision = "accept" });
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.Str("status"), Is.EqualTo("escalated"), "treasury is still working");

        await PostAsync(treasury, $"/api/escalations/{treasuryLeg}/answer", new { text = "Pago aplicado." });
        var accepted = await PostAsync(agent, $"/api/escalations/{treasuryLeg}/review", new { decision = "accept" });
        var (ticket, etag) = await TicketApi.GetAsync(agent, number);
        Assert.That(ticket.Str("status"), Is.EqualTo("open"));

        var final = accepted.Str("draftReply") + " Quedamos atentos.";
        var answered = await TicketApi.SendAsync(agent, HttpMethod.Post, $"/api/tickets/{number}/answer", new { body = final, resolutionType = "favourable" }, etag);
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Outbox.AllAsync()).Any(e => e.ToAddress == "jose.perez@example.com" && e.TextBody.Contains(final, StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task MatrixChanges_AreAudited_AndDoNotChangeOpenLegs()
    {
        var s = await ArrangeAsync();
        using var agent = await LoginAsNewUserAsync("backoffice@test.example", ["backoffice"]);
        var number = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(topicId: s.Topic))).Number();
        var leg = await EscalateAsync(agent, number, new { reason = "Validar" });

        var rows = await s.Admin.GetFromJsonAsync<List<JsonElement>>("/api/escalation/matrix");
        var rowId = rows!.Single().Str("id");
        var update = await s.Admin.PutAsJsonAsync($"/api/escalation/matrix/{rowId}", new { topicId = s.Topic, areaId = s.Treasury, olaMinutes = 30, nextToManager = true });
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK), await update.Content.ReadAsStringAsync());

        var after = await agent.GetFromJsonAsync<JsonElement>($"/api/escalations/{leg.Str("id")}");
        Assert.That((after.GetProperty("areaId").GetGuid(), after.GetProperty("olaMinutes").GetInt32(), after.GetProperty("dueAt").GetDateTimeOffset()),
            Is.EqualTo((s.Credit, 960, leg.GetProperty("dueAt").GetDateTimeOffset())));

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(action, ',' ORDER BY seq) FROM escalation.matrix_changes", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("created,changed"));
        await Problem.AssertAsync(await agent.PostAsJsonAsync("/api/escalation/matrix", new { topicId = s.Topic, areaId = s.Credit, olaMinutes = 60 }), HttpStatusCode.Forbidden);
    }
}
