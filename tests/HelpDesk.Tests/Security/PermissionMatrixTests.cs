using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Shared.Security;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Platform;
using HelpDesk.Tests.Sla;
using HelpDesk.Tests.Surveys;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Security;

/// <summary>
/// README's "Permissions" table, called: every operation the API serves, as every staff role, every partner key scope and
/// an anonymous caller. A refused cell ("—") must answer a 403 problem (401 for anonymous); any other cell must get past
/// authorization (anything but 401, 403 or a server error). The table is parsed from README, so the document and the
/// test cannot drift apart; an operation without a row fails.
/// </summary>
public sealed class PermissionMatrixTests : IntegrationTest
{
    private const string Anonymous = "anonymous";
    private const string Refused = "—";
    private static readonly string[] CellValues = ["yes", "area", "own", "token", Refused];

    private static readonly Lazy<PermissionTable> Table = new(PermissionTable.FromReadme);

    private static IEnumerable<string> Callers() => Table.Value.Callers;

    [Test]
    public async Task Table_HasARowForEveryOperationTheApiServes_AndAColumnForEveryRoleAndScope()
    {
        var served = (await ServedOperationsAsync()).Select(o => o.Id).ToList();
        Assert.That(Table.Value.Rows.Keys, Is.EquivalentTo(served),
            "README's Permissions table and the API's operations differ: add (or remove) the operation's row");
        Assert.That(Table.Value.Callers, Is.EqualTo(Roles.All.Concat(Scopes.All).Append(Anonymous)),
            "README's Permissions table needs one column per role, per partner key scope, and anonymous");
        Assert.That(Table.Value.Rows.Values.SelectMany(r => r.Values).Distinct(), Is.SubsetOf(CellValues));
    }

    [TestCaseSource(nameof(Callers))]
    public async Task EveryOperation_AsThisCaller_IsAllowedOrRefusedAsTheTableSays(string caller)
    {
        var world = await ArrangeAsync();
        using var client = await ClientAsync(caller, world);
        var wrong = new List<string>();
        foreach (var operation in InCallingOrder(await ServedOperationsAsync()))
        {
            var cell = Table.Value.Rows[operation.Id][caller];
            using var request = await RequestAsync(operation, world);
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var media = response.Content.Headers.ContentType?.MediaType;
            TestContext.Out.WriteLine($"{operation.Id,-28} {cell,-5} {status}");
            var honoured = cell == Refused
                ? status == (caller == Anonymous ? 401 : 403) && media == "application/problem+json"
                : status is not (401 or 403) and < 500;
            if (!honoured)
            {
                var body = await response.Content.ReadAsStringAsync();
                wrong.Add($"{operation.Id} as {caller}: the table says {cell}, the API answered {status} {body[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.That(wrong, Is.Empty, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>What every caller acts on: a partner's ticket escalated to an area, its customer, a file, a web-form ticket, settings.</summary>
    private sealed record World(
        HttpClient Admin, Guid AdminId, Guid AreaId, Guid TopicId, Guid MatrixRowId, Guid CalendarId, Guid PolicyId,
        string Number, Guid CustomerId, Guid AttachmentId, Guid LegId,
        string WebNumber, string WebToken, Guid WebAttachmentId, Guid SpareUserId, Guid SpareKeyId, Guid SurveyTemplateId, string SurveyToken,
        Guid CampaignId);

    private const string Partner = "Banco Aliado";
    private const string SpareEmail = "spare@test.example";
    private const string Password = "Password-1234";

    private static async Task<World> ArrangeAsync()
    {
        var admin = await LoginAsAdminAsync();
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var area = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = (string?)null }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area, parentId = (Guid?)null, code = "CRED-DESEMBOLSO", name = "Desembolsos" }));
        var matrixRow = await IdOf(await admin.PostAsJsonAsync("/api/escalation/matrix", MatrixRow(area, topic)));
        var calendar = await SlaArrange.OfficeCalendarAsync(admin);
        var policy = await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", SlaArrange.ClaimPolicy(calendar)));

        // The ticket comes from the partner, so its keys see it; an escalation brings it to the area's responders.
        using var partner = App.CreatePlainClient(await CreateApiKeyAsync(Partner, Scopes.TicketsRead, Scopes.TicketsWrite));
        var number = (await TicketApi.CreateAsync(partner, TicketApi.NewTicket(topicId: topic))).Number();
        var (ticket, _) = await TicketApi.GetAsync(admin, number);
        var customer = ticket.GetProperty("customer").GetProperty("id").GetGuid();
        var attachment = await IdOf(await admin.PostAsync($"/api/tickets/{number}/attachments", Pdf()));
        var leg = await IdOf(await admin.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId = area, reason = "Validar el giro" }));
        await IdOf(await admin.PostAsJsonAsync($"/api/customers/{customer}/verifications", Verification()));

        using var anonymous = App.CreatePlainClient();
        var receipt = await (await anonymous.PostAsJsonAsync("/api/public/tickets", WebRequest("43111222"))).Content.ReadFromJsonAsync<JsonElement>();
        var webNumber = receipt.GetProperty("number").GetString()!;
        var webToken = System.Web.HttpUtility.ParseQueryString(new Uri(receipt.GetProperty("trackingUrl").GetString()!).Query)["token"]!;
        var webAttachment = await IdOf(await anonymous.PostAsync($"/api/public/tickets/{webNumber}/attachments?token={webToken}", Pdf()));

        var spareUser = await IdOf(await admin.PostAsJsonAsync("/api/admin/users",
            new { email = SpareEmail, displayName = "Repuesto", password = Password, roles = new[] { Roles.Agent }, areaIds = Array.Empty<Guid>() }));
        var spareKey = await IdOf(await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = "Otro aliado", scopes = new[] { Scopes.TicketsRead } }));
        var surveyTemplate = await IdOf(await admin.PostAsJsonAsync("/api/surveys/templates", SurveyArrange.Template("Encuesta")));
        // The partner's ticket's hot survey, sent, with a link token the test knows.
        var (_, surveyToken) = await InvitationArrange.InsertAsync(
            App.Services, surveyTemplate, customer, App.Clock.GetUtcNow(), ticketId: ticket.GetProperty("id").GetGuid(), ticketNumber: number);
        var campaign = await IdOf(await admin.PostAsJsonAsync("/api/surveys/campaigns", CampaignArrange.Campaign(surveyTemplate)));
        return new World(admin, adminId, area, topic, matrixRow, calendar, policy, number, customer, attachment, leg,
            webNumber, webToken, webAttachment, spareUser, spareKey, surveyTemplate, surveyToken, campaign);
    }

    private static async Task<HttpClient> ClientAsync(string caller, World world)
    {
        if (caller == Anonymous)
        {
            return App.CreatePlainClient();
        }

        if (Scopes.All.Contains(caller))
        {
            return App.CreatePlainClient(await CreateApiKeyAsync(Partner, caller));
        }

        return await LoginAsNewUserAsync("caller@test.example", [caller], caller == Roles.AreaResponder ? [world.AreaId] : null);
    }

    /// <summary>The table's order, except that signing out and in (which end the caller's session) come last.</summary>
    private static IEnumerable<Operation> InCallingOrder(IEnumerable<Operation> operations) =>
        operations.OrderBy(o => o.Id switch { "Logout" => 1, "Login" => 2, _ => 0 })
            .ThenBy(o => Table.Value.Order.IndexOf(o.Id));

    private static async Task<HttpRequestMessage> RequestAsync(Operation operation, World w)
    {
        var isPublic = operation.Path.StartsWith("/api/public/", StringComparison.Ordinal);
        var path = operation.Path
            .Replace("{number}", isPublic ? w.WebNumber : w.Number, StringComparison.Ordinal)
            .Replace("{areaId}", w.AreaId.ToString(), StringComparison.Ordinal)
            .Replace("{token}", w.SurveyToken, StringComparison.Ordinal)
            .Replace("{id}", IdFor(operation.Path, w).ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + Query(operation.Id, w))
        {
            Content = Body(operation.Id, w),
        };
        if (operation.NeedsIfMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", (await TicketApi.GetAsync(w.Admin, w.Number)).ETag);
        }

        return request;
    }

    private static Guid IdFor(string path, World w) => path switch
    {
        _ when !path.Contains("{id}", StringComparison.Ordinal) => Guid.Empty,
        _ when path.StartsWith("/api/public/", StringComparison.Ordinal) => w.WebAttachmentId,
        _ when path.StartsWith("/api/tickets/", StringComparison.Ordinal) => w.AttachmentId,
        _ when path.StartsWith("/api/directory/areas/", StringComparison.Ordinal) => w.AreaId,
        _ when path.StartsWith("/api/directory/topics/", StringComparison.Ordinal) => w.TopicId,
        _ when path.StartsWith("/api/admin/users/", StringComparison.Ordinal) => w.SpareUserId,
        _ when path.StartsWith("/api/admin/api-keys/", StringComparison.Ordinal) => w.SpareKeyId,
        _ when path.StartsWith("/api/customers/", StringComparison.Ordinal) => w.CustomerId,
        _ when path.StartsWith("/api/escalations/", StringComparison.Ordinal) => w.LegId,
        _ when path.StartsWith("/api/escalation/matrix/", StringComparison.Ordinal) => w.MatrixRowId,
        _ when path.StartsWith("/api/sla/calendars/", StringComparison.Ordinal) => w.CalendarId,
        _ when path.StartsWith("/api/sla/policies/", StringComparison.Ordinal) => w.PolicyId,
        _ when path.StartsWith("/api/notices/", StringComparison.Ordinal) => Guid.CreateVersion7(),
        _ when path.StartsWith("/api/surveys/templates/", StringComparison.Ordinal) => w.SurveyTemplateId,
        _ when path.StartsWith("/api/surveys/campaigns/", StringComparison.Ordinal) => w.CampaignId,
        _ => throw new InvalidOperationException($"{path}: tell {nameof(PermissionMatrixTests)} which object its {{id}} is"),
    };

    private static string Query(string operationId, World w) => operationId switch
    {
        "PreviewSla" => "?type=claim&channel=phone",
        "GetSlaCompliance" => "?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&kind=resolution&by=topic",
        "GetSurveyResults" => $"?templateId={Guid.CreateVersion7()}&period=month&date=2026-03-15",
        "TrackTicket" or "AddCustomerMessage" or "UploadCustomerAttachment" or "DownloadCustomerAttachment" => $"?token={w.WebToken}",
        _ => "",
    };

    /// <summary>A request an allowed caller could make, so that allowed calls reach the handlers' own checks.</summary>
    private static HttpContent? Body(string operationId, World w) => operationId switch
    {
        "Login" => Json(new { email = SpareEmail, password = Password }),
        "CreateArea" => Json(new { code = "TESORERIA", name = "Tesorería", managerEmail = (string?)null }),
        "UpdateArea" => Json(new { code = "CREDITO", name = "Crédito y cartera", managerEmail = (string?)null, active = true }),
        "CreateTopic" => Json(new { areaId = w.AreaId, parentId = w.TopicId, code = "CRED-DES-DEMORA", name = "Demora" }),
        "UpdateTopic" => Json(new { code = "CRED-DESEMBOLSO", name = "Desembolsos de crédito", active = true }),
        "CreateUser" => Json(new { email = "new@test.example", displayName = "Nueva", password = Password, roles = new[] { Roles.Agent }, areaIds = Array.Empty<Guid>() }),
        "UpdateUser" => Json(new { displayName = "Repuesto", roles = new[] { Roles.Agent, Roles.Backoffice }, areaIds = Array.Empty<Guid>(), active = true }),
        "CreateApiKey" => Json(new { partnerName = "Tercer aliado", scopes = new[] { Scopes.DirectoryRead } }),
        "CreateCustomer" => Json(new
        {
            documentType = "CC", documentNumber = "1020304050", fullName = "Marta Gómez", email = "marta@example.com", phones = new[] { "3001234567" },
            address = "Calle 10 # 43-12", city = "Medellín", kind = "affiliate", region = "Antioquia", companySize = (string?)null,
            economicActivity = (string?)null, segment = "A",
        }),
        "UpdateCustomerContact" => Json(new { email = "nuevo@example.com", phones = new[] { "6041234567" }, address = "Carrera 50 # 20-30", city = "Bogotá" }),
        "UpdateCustomerProfile" => Json(new
        {
            fullName = "José Pérez Gómez", kind = "affiliate", region = "Antioquia", companySize = (string?)null, economicActivity = (string?)null, segment = "B",
        }),
        "RecordIdentityVerification" => Json(Verification()),
        "CreateSurveyTemplate" => Json(SurveyArrange.Template("Otra encuesta")),
        "PublishSurveyTemplate" => Json(SurveyArrange.Template("Encuesta")),
        "UpdateSurveySettings" => Json(new { hotEnabled = true, hotTemplateId = (Guid?)null, hotDelayMinutes = 60, resurveyWindowDays = 90, linkValidDays = 15, recoveryThreshold = 4 }),
        "RecordPhoneSurvey" => Json(new { language = "es", answers = InvitationArrange.Answers() }),
        "SubmitSurveyResponse" => Json(new { answers = InvitationArrange.Answers() }),
        "CreateTicket" => Json(TicketApi.NewTicket(topicId: w.TopicId)),
        "UpdateTicket" => Json(new { type = "claim", topicId = w.TopicId, priority = "high", subject = "Desembolso demorado" }),
        "ChangeTicketStatus" => Json(new { status = "pending_customer", reason = "Faltan documentos" }),
        "AssignTicket" => Json(new { assigneeId = w.AdminId }),
        "AddTicketReply" => Json(new { body = "Estamos revisando su caso." }),
        "AddTicketNote" => Json(new { body = "Llamar al banco." }),
        "AnswerTicket" => Json(new { body = "El desembolso se hizo hoy.", resolutionType = "favourable" }),
        "UploadTicketAttachment" or "UploadCustomerAttachment" => Pdf(),
        "SubmitWebRequest" => Json(WebRequest("43999888")),
        "AddCustomerMessage" => Json(new { body = "¿Hay novedades?" }),
        "CreateEscalationMatrixRow" => Json(MatrixRow(w.AreaId, w.TopicId, ticketType: "claim")),
        "UpdateEscalationMatrixRow" => Json(MatrixRow(w.AreaId, w.TopicId)),
        "EscalateTicket" => Json(new { areaId = w.AreaId, reason = "Otra ronda" }),
        "AnswerEscalation" => Json(new { text = "El giro salió el martes." }),
        "ReviewEscalation" => Json(new { decision = "reject", reason = "Falta el soporte" }),
        "CreateCalendar" or "UpdateCalendar" => Json(new
        {
            name = operationId == "CreateCalendar" ? "Sábados" : "Oficina",
            timeZone = "America/Bogota",
            week = new[] { new { day = "saturday", start = "08:00", end = "13:00" } },
            holidays = Array.Empty<object>(),
            isDefault = false,
        }),
        "CreateSlaPolicy" or "UpdateSlaPolicy" => Json(SlaArrange.ClaimPolicy(w.CalendarId, name: "Reclamos urgentes")),
        "SetAreaCalendar" => Json(new { calendarId = w.CalendarId }),
        // Surveys: campaigns
        "CreateSurveyCampaign" => Json(CampaignArrange.Campaign(w.SurveyTemplateId, name: "Fría mensual", schedule: "0 7 1 * *")),
        "UpdateSurveyCampaign" => Json(CampaignArrange.Campaign(w.SurveyTemplateId, sampleSize: 20)),
        "CountCampaignCustomers" => Json(new { filter = CampaignArrange.Filter(kinds: ["affiliate"]) }),
        _ => null,
    };

    private static object MatrixRow(Guid area, Guid topic, string? ticketType = null) =>
        new { topicId = topic, ticketType, areaId = area, defaultResponderId = (Guid?)null, nextAreaId = (Guid?)null, nextToManager = false, olaMinutes = 480 };

    private static object Verification() => new { checks = new[] { "document_number", "birth_date" }, outcome = "passed", channel = "phone" };

    private static object WebRequest(string document) => new
    {
        documentType = "CC", documentNumber = document, fullName = "Lucía Restrepo", email = "lucia@example.com",
        type = "complaint", description = "Me cobraron dos veces la cuota de marzo.",
    };

    private static JsonContent Json(object body) => JsonContent.Create(body);

    private static MultipartFormDataContent Pdf() =>
        new() { { new ByteArrayContent("%PDF-1.4 soporte"u8.ToArray()), "file", "soporte.pdf" } };

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{response.RequestMessage?.RequestUri}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>One operation of the served OpenAPI document.</summary>
    private sealed record Operation(string Id, string Method, string Path, bool NeedsIfMatch);

    private static async Task<List<Operation>> ServedOperationsAsync()
    {
        using var client = App.CreatePlainClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return
        [
            .. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(operation => new Operation(
                operation.Value.GetProperty("operationId").GetString()!,
                operation.Name.ToUpperInvariant(),
                path.Name,
                operation.Value.GetProperty("responses").TryGetProperty("428", out _)))),
        ];
    }

    /// <summary>README's "Permissions" table: a row per operationId, a column per caller (roles, key scopes, anonymous).</summary>
    private sealed record PermissionTable(
        IReadOnlyList<string> Callers, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Rows, List<string> Order)
    {
        public static PermissionTable FromReadme()
        {
            var lines = File.ReadAllLines(Path.Combine(PlatformTests.RepositoryRoot(), "README.md"));
            var table = lines.SkipWhile(l => l != "## Permissions").SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
            var header = table.Count > 2 ? Cells(table[0]) : throw new InvalidOperationException("README.md has no table under \"## Permissions\"");
            var first = header.IndexOf("operation") + 1;
            if (first == 0)
            {
                throw new InvalidOperationException("README's Permissions table has no \"operation\" column");
            }

            var callers = header.Skip(first).ToList();
            var rows = new Dictionary<string, IReadOnlyDictionary<string, string>>();
            var order = new List<string>();
            foreach (var cells in table.Skip(2).Select(Cells))
            {
                var id = cells[first - 1];
                if (rows.ContainsKey(id) || cells.Count != first + callers.Count)
                {
                    throw new InvalidOperationException($"README's Permissions table: the row of {id} is repeated or has the wrong number of cells");
                }

                rows[id] = callers.Select((caller, i) => (caller, cells[first + i])).ToDictionary(c => c.caller, c => c.Item2);
                order.Add(id);
            }

            return new PermissionTable(callers, rows, order);
        }

        private static List<string> Cells(string line) =>
            [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`'))];
    }
}
