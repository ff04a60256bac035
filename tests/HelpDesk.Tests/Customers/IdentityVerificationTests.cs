using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class IdentityVerificationTests : IntegrationTest
{
    [Test]
    public async Task RecordVerification_WhenValid_IsRecordedWithWhoAndWhenAndShownOnTheCustomer()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var me = await agent.GetFromJsonAsync<CustomerApi.Me>("/api/auth/me");
        var customer = await CustomerApi.CreateAsync(agent);

        var response = await agent.PostAsJsonAsync($"/api/customers/{customer.Id}/verifications", new
        {
            checks = new[] { "registered_phone", "document_number", "birth_date", "document_number" },
            outcome = "passed", channel = "walk_in", notes = "<i>Presentó la cédula</i>",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var verification = await response.Content.ReadFromJsonAsync<CustomerApi.Verification>();
        Assert.That(verification, Is.EqualTo(new CustomerApi.Verification(
            verification!.Id, "passed", verification.Checks, "walk_in", me!.Id, "agente@test.example", verification.VerifiedAt, null,
            "<i>Presentó la cédula</i>")));
        Assert.That(verification.VerifiedAt, Is.EqualTo(App.Clock.GetUtcNow()).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(verification.Checks, Is.EqualTo(new[] { "document_number", "birth_date", "registered_phone" }));

        var read = await CustomerApi.GetAsync(agent, customer.Id);
        Assert.That(read.LastVerification!.Id, Is.EqualTo(verification.Id));
        Assert.That(read.LastVerification.VerifiedBy, Is.EqualTo(me.Id));
        Assert.That(read.LastVerification.Outcome, Is.EqualTo("passed"));
        Assert.That(read.ContactChangeAllowedUntil, Is.EqualTo(verification.VerifiedAt.AddMinutes(30)));

        var list = await agent.GetFromJsonAsync<CustomerApi.Page<CustomerApi.Verification>>($"/api/customers/{customer.Id}/verifications");
        Assert.That(list!.Items.Select(v => v.Id), Is.EqualTo(new[] { verification.Id }));
    }

    [Test]
    public async Task RecordVerification_OnATicket_PublishesCustomerIdentityVerifiedOntoTheTicketTimeline()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var ticket = await Tickets.TicketApi.CreateAsync(agent, Tickets.TicketApi.NewTicket(document: "1020304050"));
        var customerId = ticket.GetProperty("customer").GetProperty("id").GetGuid();

        var response = await agent.PostAsJsonAsync($"/api/customers/{customerId}/verifications", new
        {
            checks = new[] { "document_number", "registered_email" }, outcome = "failed", channel = "phone", ticketId = ticket.GetProperty("id").GetGuid(),
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await Tickets.TicketApi.TimelineTypesAsync(agent, Tickets.TicketApi.Number(ticket)), Does.Contain("identity_verified"));
    }

    [Test]
    public async Task RecordVerification_WhenFailed_IsTheLastVerificationAndAllowsNoContactChange()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        await CustomerApi.VerifyAsync(agent, customer.Id, "passed");
        var failed = await CustomerApi.VerifyAsync(agent, customer.Id, "failed");

        var read = await CustomerApi.GetAsync(agent, customer.Id);
        Assert.That(read.LastVerification!.Id, Is.EqualTo(failed.Id));
        Assert.That(read.LastVerification.Outcome, Is.EqualTo("failed"));
        Assert.That(read.ContactChangeAllowedUntil, Is.Null);
    }

    [Test]
    public async Task RecordVerification_WhenInputInvalid_Returns400Or422Or404()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        var path = $"/api/customers/{customer.Id}/verifications";

        await Problem.AssertAsync(await agent.PostAsJsonAsync(path, new { checks = new[] { "mother_maiden_name" }, outcome = "passed", channel = "phone" }),
            HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await agent.PostAsJsonAsync(path, new { checks = new[] { "birth_date" }, outcome = "maybe", channel = "phone" }),
            HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await agent.PostAsJsonAsync(path, new { checks = new[] { "birth_date" }, outcome = "passed", channel = "fax" }),
            HttpStatusCode.BadRequest);

        var missing = await Problem.AssertAsync(
            await agent.PostAsJsonAsync(path, new { checks = Array.Empty<string>(), notes = new string('n', 2001) }), HttpStatusCode.UnprocessableEntity);
        Assert.That(missing.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "checks", "outcome", "channel", "notes" }));

        await Problem.AssertAsync(
            await agent.PostAsJsonAsync($"/api/customers/{Guid.NewGuid()}/verifications", new { checks = new[] { "birth_date" }, outcome = "passed", channel = "phone" }),
            HttpStatusCode.NotFound);
        Assert.That((await CustomerApi.GetAsync(agent, customer.Id)).LastVerification, Is.Null);
    }
}
