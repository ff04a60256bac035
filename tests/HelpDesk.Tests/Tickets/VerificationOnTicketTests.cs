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
