using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

public sealed class VerificationOnTicketTests : IntegrationTest
{
    [Test]
    public async Task RecordVerification_OnUnknownTicketOrAnotherCustomersTicket_Returns422AndRecordsNothing()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var mine = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "1000001"));
        var theirs = await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "1000002"));
        var customerId = mine.GetProperty("customer").Str("id");

        foreach (var ticketId in new[] { Guid.NewGuid(), theirs.GetProperty("id").GetGuid() })
        {
            var response = await agent.PostAsJsonAsync($"/api/customers/{customerId}/verifications",
                new { checks = new[] { "document_number" }, outcome = "passed", channel = "phone", ticketId });
            var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty("ticketId", out _), Is.True);
        }

        var verifications = await agent.GetStringAsync($"/api/customers/{customerId}/verifications");
        Assert.That(verifications, Does.Not.Contain("document_number"));
    }
}

public sealed class CustomerTicketsTests : IntegrationTest
{
    [Test]
    public async Task Customer360_ListsTheCustomersTicketsNewestFirst_Paginated()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var numbers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            numbers.Add((await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "71000001", subject: $"Caso {i}"))).Number());
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await TicketApi.CreateAsync(agent, TicketApi.NewTicket(document: "71000002"));
        var first = await agent.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/tickets/{numbers[0]}");
        var customerId = first.GetProperty("customer").Str("id");

        var customer = await agent.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/customers/{customerId}");
        var tickets = customer.GetProperty("tickets");
        var firstPage = tickets.GetProperty("items").EnumerateArray().Select(t => t.Str("number")).ToList();
        Assert.That(firstPage, Is.EqualTo(numbers.AsEnumerable().Reverse().Take(10)));

        var rest = await agent.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/customers/{customerId}/tickets?cursor={tickets.Str("nextCursor")}");
        Assert.That(rest.GetProperty("items").EnumerateArray().Select(t => t.Str("number")), Is.EqualTo(new[] { numbers[1], numbers[0] }));
    }
}

public sealed class CustomerWriteAccessTests : IntegrationTest
{
    [Test]
    public async Task OnlyFrontLineStaff_CreateCustomersVerifyAndChangeContactData()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await TicketApi.CreateAsync(agent);
        var customerId = ticket.GetProperty("customer").Str("id");
        foreach (var role in new[] { "area_responder", "manager", "quality_auditor" })
        {
            using var other = await LoginAsNewUserAsync($"{role}@test.example", [role]);
            Assert.That((await other.GetAsync($"/api/customers/{customerId}")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), role);
            await Problem.AssertAsync(await other.PostAsJsonAsync($"/api/customers/{customerId}/verifications",
                new { checks = new[] { "document_number" }, outcome = "passed", channel = "phone" }), System.Net.HttpStatusCode.Forbidden);
            await Problem.AssertAsync(await other.PutAsJsonAsync($"/api/customers/{customerId}/contact", new { email = "x@example.com", phones = Array.Empty<string>() }), System.Net.HttpStatusCode.Forbidden);
        }
    }
}

public sealed class IntakeVerificationTests : IntegrationTest
{
    [Test]
    public async Task CreateTicket_WithTheIntakeVerification_PutsItOnTheTimeline_AndRefusesAnotherCustomersVerification()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        async Task<(string CustomerId, string VerificationId)> VerifiedCustomerAsync(string document)
        {
            var customer = await (await agent.PostAsJsonAsync("/api/customers", new { documentType = "CC", documentNumber = document, fullName = "Ana Ruiz", kind = "affiliate" }))
                .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            var verification = await agent.PostAsJsonAsync($"/api/customers/{customer.Str("id")}/verifications",
                new { checks = new[] { "document_number", "registered_phone" }, outcome = "passed", channel = "phone" });
            Assert.That((int)verification.StatusCode, Is.EqualTo(201), await verification.Content.ReadAsStringAsync());
            return (customer.Str("id"), (await verification.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Str("id"));
        }

        var (customerId, verificationId) = await VerifiedCustomerAsync("52111222");
        var (_, otherVerification) = await VerifiedCustomerAsync("52111333");
        var body = new { type = "claim", channel = "phone", subject = "Cobro", description = "Cobro doble", customerId, verificationId };
        var ticket = await TicketApi.CreateAsync(agent, body);
        Assert.That(await TicketApi.TimelineTypesAsync(agent, ticket.Number()), Is.EqualTo(new[] { "created", "identity_verified" }));

        var wrong = await agent.PostAsJsonAsync("/api/tickets", new { type = "claim", channel = "phone", subject = "Cobro", description = "x", customerId, verificationId = otherVerification });
        var problem = await Problem.AssertAsync(wrong, System.Net.HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("verificationId", out _), Is.True);
    }
}
