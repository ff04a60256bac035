using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using HelpDesk.Tests.Customers;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Surveys;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tests.Tickets;

/// <summary>
/// What partners and anonymous submitters may learn of the customer records and of the staff's work: only what they sent
/// and the public projection of the timeline.
/// </summary>
public sealed class CustomerDataExposureTests : IntegrationTest
{
    // The customer on file (CustomerApi.NewCustomer): an outsider must never see these.
    private const string OnFileName = "José Pérez Gómez";
    private const string OnFileEmail = "jose.perez@example.com";
    private const string OnFileDocument = "1020304050";

    private static object ImpostorTicket(string document = OnFileDocument) => TicketApi.NewTicket(
        subject: "Quiero el saldo de mi crédito", document: document, name: "Pedro Impostor", email: "pedro@attacker.example");

    private static async Task<CustomerApi.Customer> CustomerOnFileAsync()
    {
        using var agent = await LoginAsNewUserAsync("registro@test.example", ["agent"]);
        return await CustomerApi.CreateAsync(agent);
    }

    [Test]
    public async Task PartnerCreatesTicket_WhenDocumentBelongsToACustomerOnFile_LearnsNothingOfTheRecord_AndTheRecordIsUnchanged()
    {
        var onFile = await CustomerOnFileAsync();
        using var partner = App.CreatePlainClient(await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read"));

        var response = await partner.PostAsJsonAsync("/api/tickets", ImpostorTicket());
        var created = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created);
        var number = JsonDocument.Parse(created).RootElement.Number();
        var read = await partner.GetStringAsync($"/api/tickets/{number}");
        var list = await partner.GetStringAsync("/api/tickets");
        var search = await partner.GetStringAsync($"/api/tickets?q={OnFileDocument}");
        foreach (var text in new[] { created, read, list, search })
        {
            Assert.That(text, Does.Not.Contain(OnFileName).And.Not.Contain(OnFileEmail).And.Not.Contain(onFile.Id.ToString()));
        }

        var customer = JsonDocument.Parse(read).RootElement.GetProperty("customer");
        Assert.That((customer.Str("name"), customer.Str("email"), customer.GetProperty("id").ValueKind),
            Is.EqualTo(("Pedro Impostor", "pedro@attacker.example", JsonValueKind.Null)), "the partner sees what it sent");

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (staffView, _) = await TicketApi.GetAsync(agent, number);
        Assert.That(staffView.GetProperty("customer").GetProperty("id").GetGuid(), Is.EqualTo(onFile.Id), "attached to the record on file");
        Assert.That(staffView.GetProperty("identityPending").GetBoolean(), Is.True);
        Assert.That(staffView.GetProperty("requester").Str("email"), Is.EqualTo("pedro@attacker.example"), "what the partner sent is kept");
        var record = await CustomerApi.GetAsync(agent, onFile.Id);
        Assert.That((record.FullName, record.Email), Is.EqualTo((OnFileName, OnFileEmail)), "nothing changes on the record without a verification");

        var emails = await Outbox.AllAsync();
        Assert.That(emails.Select(e => e.ToAddress), Is.EqualTo(new[] { "pedro@attacker.example" }), "the receipt goes to who asked");
        Assert.That(emails.Single().TextBody, Does.Not.Contain(OnFileName).And.Not.Contain(OnFileEmail));
    }

    [Test]
    public async Task PartnerCreatesTicket_ByCustomerId_OnlyForACustomerThatCameThroughIt()
    {
        var onFile = await CustomerOnFileAsync();
        using var bank = App.CreatePlainClient(await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read"));
        using var insurer = App.CreatePlainClient(await CreateApiKeyAsync("Aseguradora", "tickets:write", "tickets:read"));
        var byId = new { type = "claim", channel = "partner", subject = "Cobro doble", description = "Detalle", customerId = onFile.Id };

        var refused = await Problem.AssertAsync(await bank.PostAsJsonAsync("/api/tickets", byId), HttpStatusCode.UnprocessableEntity);
        Assert.That(refused.GetProperty("errors").TryGetProperty("customerId", out _), Is.True);
        var unknown = await Problem.AssertAsync(
            await bank.PostAsJsonAsync("/api/tickets", new { byId.type, byId.channel, byId.subject, byId.description, customerId = Guid.NewGuid() }),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(unknown.GetProperty("errors").GetProperty("customerId")[0].GetString(),
            Is.EqualTo(refused.GetProperty("errors").GetProperty("customerId")[0].GetString()), "an existing and an unknown id answer alike");

        // A customer the bank brought: the bank may name it by id afterwards; the insurer may not.
        var first = await TicketApi.CreateAsync(bank, TicketApi.NewTicket(document: "70111222", name: "Clienta Del Banco", email: "clienta@banco.example"));
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (staffView, _) = await TicketApi.GetAsync(agent, first.Number());
        Assert.That(staffView.GetProperty("identityPending").GetBoolean(), Is.False, "a new document creates the record from what was sent");
        var bankCustomer = staffView.GetProperty("customer").GetProperty("id").GetGuid();
        var again = new { byId.type, byId.channel, byId.subject, byId.description, customerId = bankCustomer };
        Assert.That((await bank.PostAsJsonAsync("/api/tickets", again)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await Problem.AssertAsync(await insurer.PostAsJsonAsync("/api/tickets", again), HttpStatusCode.UnprocessableEntity);

        // The same document from the bank again is its own customer: no identity check; from the insurer it waits for one.
        var repeat = await TicketApi.CreateAsync(bank, TicketApi.NewTicket(document: "70111222", name: "Clienta Del Banco"));
        var fromInsurer = await TicketApi.CreateAsync(insurer, TicketApi.NewTicket(document: "70111222", name: "Otra Persona"));
        Assert.That((await TicketApi.GetAsync(agent, repeat.Number())).Ticket.GetProperty("identityPending").GetBoolean(), Is.False);
        Assert.That((await TicketApi.GetAsync(agent, fromInsurer.Number())).Ticket.GetProperty("identityPending").GetBoolean(), Is.True);
        Assert.That(fromInsurer.GetProperty("customer").Str("name"), Is.EqualTo("Otra Persona"));
    }

    [Test]
    public async Task PartnerTimeline_ShowsOnlyThePublicProjection_OfEveryEventType()
    {
        var (partner, agent, number, recovery) = await TicketThroughEveryEventTypeAsync();

        // The survey recovery's own event (opened_for_recovery) is on the recovery ticket, which the partner never reaches.
        var staffTypes = (await TicketApi.TimelineTypesAsync(agent, number)).Concat(await TicketApi.TimelineTypesAsync(agent, recovery)).ToHashSet();
        Assert.That(staffTypes, Is.SupersetOf(KnownEventTypes()), "the scenario must produce every event type, so each is checked");
        await Problem.AssertAsync(await partner.GetAsync($"/api/tickets/{recovery}/timeline"), HttpStatusCode.NotFound);

        var text = await partner.GetStringAsync($"/api/tickets/{number}/timeline");
        var events = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        Assert.That(events.Select(e => e.Str("type")).Distinct(), Is.SubsetOf(PublicTimeline.PublicTypes));
        Assert.That(events.Select(e => e.Str("type")).Distinct(), Is.EquivalentTo(new[]
        {
            "created", "status_changed", "answered", "reply_added", "customer_message", "attachment_added",
        }));
        Assert.That(events.All(e => e.GetProperty("actorUserId").ValueKind == JsonValueKind.Null && e.GetProperty("actorName").ValueKind == JsonValueKind.Null));
        foreach (var secret in new[]
                 {
                     "RAZON-ESCALAMIENTO", "BORRADOR-AREA", "RAZON-RECHAZO", "RAZON-ESTADO", "NOTA-INTERNA", "interno.pdf", "ASUNTO-EDITADO",
                     OnFileName, OnFileEmail, "agente@test.example", "credito@test.example", "COMENTARIO-ENCUESTA", recovery,
                 })
        {
            Assert.That(text, Does.Not.Contain(secret));
        }

        Assert.That(text, Does.Contain("RESPUESTA-PUBLICA").And.Contain("publico.pdf"));
    }

    [Test]
    public void PublicTimeline_KeepsAnEventTypeNobodyMarkedPublic_Private()
    {
        var data = JsonSerializer.SerializeToElement(new { reason = "secreto" });
        var events = new[]
        {
            new TimelineEventDto(1, DateTimeOffset.UtcNow, "some_new_event", Guid.NewGuid(), "Agente", data),
            new TimelineEventDto(2, DateTimeOffset.UtcNow, "status_changed", Guid.NewGuid(), "Agente",
                JsonSerializer.SerializeToElement(new { from = "new", to = "open", reason = "secreto" })),
        };

        var projected = PublicTimeline.Project(events, identityPending: false);

        Assert.That(projected.Select(e => e.Type), Is.EqualTo(new[] { "status_changed" }));
        Assert.That(projected[0].Data.GetRawText(), Is.EqualTo("""{"from":"new","to":"open"}"""));
        Assert.That(projected[0].ActorUserId, Is.Null);
    }

    [Test]
    public async Task WebForm_WhenDocumentBelongsToACustomerOnFile_KeepsTheSubmittersDetails_AndShowsNoStaffRepliesUntilVerified()
    {
        var onFile = await CustomerOnFileAsync();
        using var anonymous = App.CreatePlainClient();
        var response = await anonymous.PostAsJsonAsync("/api/public/tickets", new
        {
            documentType = "CC", documentNumber = OnFileDocument, fullName = "Pedro Impostor", email = "pedro@attacker.example",
            type = "petition", description = "Envíenme el estado de cuenta.",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.Str("number");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(receipt.Str("trackingUrl")).Query)["token"]!;

        var receiptEmail = (await Outbox.AllAsync()).Single();
        Assert.That(receiptEmail.ToAddress, Is.EqualTo("pedro@attacker.example"), "the receipt goes to the address typed, not the one on file");
        Assert.That(receiptEmail.TextBody, Does.Contain("Pedro Impostor").And.Not.Contain(OnFileName).And.Not.Contain(OnFileEmail)
            .And.Contain("confirmar su identidad"));

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (ticket, _) = await TicketApi.GetAsync(agent, number);
        Assert.That(ticket.GetProperty("customer").GetProperty("id").GetGuid(), Is.EqualTo(onFile.Id));
        Assert.That(ticket.GetProperty("identityPending").GetBoolean(), Is.True);
        Assert.That(ticket.GetProperty("requester").Str("name"), Is.EqualTo("Pedro Impostor"));
        Assert.That(ticket.GetProperty("requester").Str("email"), Is.EqualTo("pedro@attacker.example"));

        await agent.PostAsJsonAsync($"/api/tickets/{number}/replies", new { body = "RESPUESTA-CONFIDENCIAL: su saldo es 1.234.000" });
        await UploadAsync(agent, $"/api/tickets/{number}/attachments", "extracto.pdf");
        await UploadAsync(anonymous, $"/api/public/tickets/{number}/attachments?token={token}", "mio.pdf");
        await anonymous.PostAsJsonAsync($"/api/public/tickets/{number}/messages?token={token}", new { body = "¿Ya lo revisaron?" });

        var tracked = await anonymous.GetStringAsync($"/api/public/tickets/{number}?token={token}");
        Assert.That(tracked, Does.Not.Contain("RESPUESTA-CONFIDENCIAL").And.Not.Contain("extracto.pdf")
            .And.Not.Contain(OnFileName).And.Not.Contain(OnFileEmail));
        Assert.That(tracked, Does.Contain("¿Ya lo revisaron?").And.Contain("mio.pdf").And.Contain("Envíenme el estado de cuenta"));
        var replyEmails = (await Outbox.AllAsync()).Where(e => e.TextBody.Contains("RESPUESTA-CONFIDENCIAL", StringComparison.Ordinal)).ToList();
        Assert.That(replyEmails.Select(e => e.ToAddress), Is.EqualTo(new[] { OnFileEmail }), "answers go only to the address on file");

        // An agent verifies the requester on the ticket: the conversation opens.
        var verified = await agent.PostAsJsonAsync($"/api/customers/{onFile.Id}/verifications",
            new { checks = new[] { "document_number", "birth_date" }, outcome = "passed", channel = "phone", ticketId = ticket.GetProperty("id").GetGuid() });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.Created), await verified.Content.ReadAsStringAsync());
        Assert.That((await TicketApi.GetAsync(agent, number)).Ticket.GetProperty("identityPending").GetBoolean(), Is.False);
        var afterVerification = await anonymous.GetStringAsync($"/api/public/tickets/{number}?token={token}");
        Assert.That(afterVerification, Does.Contain("RESPUESTA-CONFIDENCIAL").And.Contain("extracto.pdf"));
    }

    [Test]
    public async Task WebForm_WhenDocumentIsNew_CreatesTheRecordFromTheSubmission_WithoutAnIdentityWait()
    {
        using var anonymous = App.CreatePlainClient();
        var response = await anonymous.PostAsJsonAsync("/api/public/tickets", new
        {
            documentType = "CC", documentNumber = "43999888", fullName = "Lucía Restrepo", email = "lucia@example.com",
            type = "petition", description = "Quiero actualizar mi dirección.",
        });
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).Str("number");
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var (ticket, _) = await TicketApi.GetAsync(agent, number);
        Assert.That(ticket.GetProperty("identityPending").GetBoolean(), Is.False);
        Assert.That(ticket.GetProperty("customer").Str("email"), Is.EqualTo("lucia@example.com"));
        Assert.That((await Outbox.AllAsync()).Single().ToAddress, Is.EqualTo("lucia@example.com"));
    }

    /// <summary>Every event type a ticket's timeline holds (TimelineEvents: other modules' work is recorded through typed commands too).</summary>
    private static IEnumerable<string> KnownEventTypes() =>
        typeof(TimelineEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static async Task UploadAsync(HttpClient client, string path, string fileName, bool @internal = false)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"u8.ToArray());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "file", fileName);
        if (@internal)
        {
            form.Add(new StringContent("true"), "internal");
        }

        var response = await client.PostAsync(path, form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A partner's ticket for a customer it brought, worked by the staff through every kind of event: field change,
    /// assignment, notes, files, state changes with reasons, a verification, escalations answered, rejected, cancelled and
    /// accepted, emails, a customer message and the final answer.
    /// </summary>
    private static async Task<(HttpClient Partner, HttpClient Agent, string Number, string RecoveryNumber)> TicketThroughEveryEventTypeAsync()
    {
        using var admin = await LoginAsAdminAsync();
        var area = (await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var partner = App.CreatePlainClient(await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read"));
        var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var responder = await LoginAsNewUserAsync("credito@test.example", ["area_responder"], [area]);
        await CustomerOnFileAsync();

        // The partner names the customer on file (identity pending), and the agent verifies them on the ticket.
        var number = (await TicketApi.CreateAsync(partner, ImpostorTicket())).Number();
        var me = await agent.GetFromJsonAsync<JsonElement>("/api/auth/me");

        async Task<JsonElement> Step(HttpMethod method, string path, object body, bool ifMatch = true)
        {
            var (_, etag) = await TicketApi.GetAsync(agent, number);
            var response = await TicketApi.SendAsync(agent, method, $"/api/tickets/{number}{path}", body, ifMatch ? etag : null);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.IsSuccessStatusCode, Is.True, $"{method} {path}: {text}");
            return JsonDocument.Parse(text).RootElement;
        }

        async Task<JsonElement> Leg(HttpClient client, string path, object body)
        {
            var response = await client.PostAsJsonAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {text}");
            return JsonDocument.Parse(text).RootElement;
        }

        await Step(HttpMethod.Patch, "", new { subject = "ASUNTO-EDITADO" });
        await Step(HttpMethod.Put, "/assignee", new { assigneeId = me.Str("id") });
        await Step(HttpMethod.Post, "/notes", new { body = "NOTA-INTERNA: revisar con crédito" }, ifMatch: false);
        await UploadAsync(agent, $"/api/tickets/{number}/attachments", "interno.pdf", @internal: true);
        await UploadAsync(agent, $"/api/tickets/{number}/attachments", "publico.pdf");
        var (ticket, _) = await TicketApi.GetAsync(agent, number);
        var customerId = ticket.GetProperty("customer").GetProperty("id").GetGuid();
        await Leg(agent, $"/api/customers/{customerId}/verifications",
            new { checks = new[] { "document_number", "birth_date" }, outcome = "passed", channel = "phone", ticketId = ticket.GetProperty("id").GetGuid() });
        await Step(HttpMethod.Post, "/replies", new { body = "RESPUESTA-PUBLICA: revisamos su caso", waitForCustomer = true }, ifMatch: false);
        await Step(HttpMethod.Post, "/status", new { status = "open", reason = "RAZON-ESTADO: el cliente llamó" });

        var leg = await Leg(agent, $"/api/tickets/{number}/escalations", new { areaId = area, reason = "RAZON-ESCALAMIENTO" });
        await Leg(responder, $"/api/escalations/{leg.Str("id")}/answer", new { text = "BORRADOR-AREA: el giro salió" });
        var review = await Leg(agent, $"/api/escalations/{leg.Str("id")}/review", new { decision = "reject", reason = "RAZON-RECHAZO" });
        var next = review.GetProperty("nextLeg");
        await Leg(agent, $"/api/escalations/{next.Str("id")}/cancel", new { });
        var last = await Leg(agent, $"/api/tickets/{number}/escalations", new { areaId = area, reason = "RAZON-ESCALAMIENTO otra vez" });
        await Leg(responder, $"/api/escalations/{last.Str("id")}/answer", new { text = "BORRADOR-AREA: fecha exacta" });
        await Leg(agent, $"/api/escalations/{last.Str("id")}/review", new { decision = "accept" });

        await Step(HttpMethod.Post, "/answer", new { body = "RESPUESTA-PUBLICA final", resolutionType = "answered" });
        await Outbox.DispatchAsync(App);
        var token = await TrackingTokenAsync(number);
        using var customer = App.CreatePlainClient();
        await Leg(customer, $"/api/public/tickets/{number}/messages?token={token}", new { body = "Gracias, pero falta el soporte" });

        // A poor survey taken by phone opens a recovery ticket: recovery_opened here, opened_for_recovery on the recovery.
        await InvitationArrange.ChooseHotTemplateAsync(admin, await SurveyArrange.CreateTemplateAsync(admin));
        var survey = await Leg(agent, $"/api/tickets/{number}/survey-responses",
            new { language = "es", answers = InvitationArrange.Answers(overall: 1, comment: "COMENTARIO-ENCUESTA: nadie llamó") });
        return (partner, agent, number, survey.Str("recoveryTicketNumber"));
    }

    private static async Task<string> TrackingTokenAsync(string number)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT tracking_token FROM tickets.tickets WHERE number = @n", connection);
        command.Parameters.AddWithValue("n", number);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
