using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

public sealed partial class TicketIntakeTests : IntegrationTest
{
    [GeneratedRegex(@"^PQRS-\d{4}-\d{6}$")]
    private static partial Regex NumberFormat();

    [Test]
    public async Task CreateTicket_ByAgent_GetsNumberFindsOrCreatesCustomerAndQueuesAcknowledgement()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var first = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "79123456"));
        var second = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "79123456", subject: "Otra consulta"));

        Assert.That(first.Number(), Does.Match(NumberFormat()));
        Assert.That(int.Parse(second.Number()[^6..], System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(int.Parse(first.Number()[^6..], System.Globalization.CultureInfo.InvariantCulture) + 1));
        Assert.That(first.Str("status"), Is.EqualTo("new"));
        Assert.That(second.GetProperty("customer").Str("id"), Is.EqualTo(first.GetProperty("customer").Str("id")), "the same document is the same customer");

        var emails = await Outbox.AllAsync();
        Assert.That(emails, Has.Count.EqualTo(2));
        var acknowledgement = emails.Single(e => e.Subject.Contains(first.Number(), StringComparison.Ordinal));
        Assert.That(acknowledgement.ToAddress, Is.EqualTo("jose.perez@example.com"));
        Assert.That(acknowledgement.TextBody, Does.Contain("/seguimiento/" + first.Number() + "?token="));
    }

    [Test]
    public async Task CreateTicket_AfterTheMillionthOfTheYear_GetsSevenDigitsAndNoCollision()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var first = await TicketApi.CreateAsync(agent);
        var year = first.Number().Split('-')[1];
        var current = long.Parse(first.Number().Split('-')[2], System.Globalization.CultureInfo.InvariantCulture);
        await SetNumberSequenceAsync(year, 999_999);
        try
        {
            var millionth = await TicketApi.CreateAsync(agent);
            var next = await TicketApi.CreateAsync(agent);

            Assert.That(millionth.Number(), Is.EqualTo($"PQRS-{year}-1000000"));
            Assert.That(next.Number(), Is.EqualTo($"PQRS-{year}-1000001"));
            Assert.That((await TicketApi.GetAsync(agent, millionth.Number())).Ticket.Str("id"), Is.EqualTo(millionth.Str("id")));
        }
        finally
        {
            await SetNumberSequenceAsync(year, current);
        }
    }

    private static async Task SetNumberSequenceAsync(string year, long value)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT setval('tickets.number_{int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)}', @Value)", connection);
        command.Parameters.AddWithValue("Value", value);
        await command.ExecuteScalarAsync();
    }

    [Test]
    public async Task CreateTicket_WithSameIdempotencyKeyAndBody_ReturnsTheFirstTicket()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var body = TicketApi.NewTicket(document: "52000111");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "retry-123");
            responses.Add(await agent.SendAsync(request));
        }

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).Number());
        }

        Assert.That(numbers[1], Is.EqualTo(numbers[0]));
        Assert.That(responses[1].Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        var list = await agent.GetFromJsonAsync<JsonElement>("/api/tickets");
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(await Outbox.AllAsync(), Has.Count.EqualTo(1), "one acknowledgement, not two");
    }

    [Test]
    public async Task CreateTicket_WithSameIdempotencyKeyAndOtherBody_Returns422()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        foreach (var (subject, expected) in new[] { ("Primera", HttpStatusCode.Created), ("Distinta", HttpStatusCode.UnprocessableEntity) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = JsonContent.Create(TicketApi.NewTicket(subject: subject, document: "52000112")) };
            request.Headers.Add("Idempotency-Key", "key-1");
            var response = await agent.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task CreateTicket_AnsweredAtFirstContact_IsClosedWithResolutionAndAnswerEmailed()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(
            type: "information", answerNow: new { body = "Su crédito se desembolsa el 5 de cada mes.", resolutionType = "information_given" }));

        Assert.That(ticket.Str("status"), Is.EqualTo("closed"));
        Assert.That(ticket.GetProperty("resolvedAtFirstContact").GetBoolean(), Is.True);
        Assert.That(ticket.Str("resolutionType"), Is.EqualTo("information_given"));
        Assert.That(await TicketApi.TimelineTypesAsync(agent, ticket.Number()), Is.EqualTo(new[] { "created", "reply_added", "answered" }));
        var email = (await Outbox.AllAsync()).Single();
        Assert.That(email.TextBody, Does.Contain("Su crédito se desembolsa el 5 de cada mes."));
    }

    [Test]
    public async Task CreateTicket_WithUnknownTopicCustomerOrAssignee_Returns422NamingTheField()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var cases = new (object Body, string Field)[]
        {
            (new { type = "claim", channel = "phone", subject = "X", description = "Y", customerId = Guid.NewGuid() }, "customerId"),
            (new { type = "claim", channel = "phone", subject = "X", description = "Y", customer = new { documentType = "CC", documentNumber = "1234567", fullName = "A" }, topicId = Guid.NewGuid() }, "topicId"),
            (new { type = "claim", channel = "phone", subject = "X", description = "Y", customer = new { documentType = "CC", documentNumber = "1234567", fullName = "A" }, assigneeId = Guid.NewGuid() }, "assigneeId"),
            (new { type = "claim", channel = "phone", subject = new string('s', 201), description = "Y", customer = new { documentType = "CC", documentNumber = "1234567", fullName = "A" } }, "subject"),
            (new { type = "claim", channel = "phone", subject = "X", description = new string('d', 20_001), customer = new { documentType = "CC", documentNumber = "1234567", fullName = "A" } }, "description"),
        };
        foreach (var (body, field) in cases)
        {
            var problem = await Problem.AssertAsync(await agent.PostAsJsonAsync("/api/tickets", body), HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, $"{field}: {problem}");
        }

        Assert.That((await agent.GetFromJsonAsync<JsonElement>("/api/tickets")).GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task CreateTicket_WithHtml_StoresItAsTextAndEscapesItInTheEmail()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(subject: "<script>alert(1)</script> cobro", name: "<b>Ana</b>"));
        Assert.That((await TicketApi.GetAsync(agent, ticket.Number())).Ticket.Str("subject"), Is.EqualTo("<script>alert(1)</script> cobro"));

        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var app = new HelpDeskFactory(SmtpSettings(smtp.Port));
        await Outbox.DispatchAsync(app);
        var html = smtp.Received.Single().HtmlBody;
        Assert.That(html, Does.Contain("&lt;script&gt;").And.Contain("&lt;b&gt;Ana&lt;/b&gt;").And.Not.Contain("<script>").And.Not.Contain("<b>Ana"));
    }

    internal static Dictionary<string, string?> SmtpSettings(int port) => new()
    {
        ["HelpDesk:Email:SmtpHost"] = "127.0.0.1",
        ["HelpDesk:Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HelpDesk:Email:Security"] = "None",
    };
}
