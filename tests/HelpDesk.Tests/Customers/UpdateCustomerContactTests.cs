using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class UpdateCustomerContactTests : IntegrationTest
{
    [Test]
    public async Task UpdateContact_WithoutVerification_Returns422VerificationRequiredAndChangesNothing()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);

        var problem = await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, customer.Id), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/verification-required"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("passed identity verification"));
        var read = await CustomerApi.GetAsync(agent, customer.Id);
        Assert.That((read.Email, read.Phones, read.Address, read.City), Is.EqualTo((customer.Email, customer.Phones, customer.Address, customer.City)));
        Assert.That(await CustomerApi.HistoryAsync(agent, customer.Id), Is.Empty);
    }

    [Test]
    public async Task UpdateContact_AfterPassedVerification_ChangesContactAndKeepsPreviousValuesInHistory()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var me = await agent.GetFromJsonAsync<CustomerApi.Me>("/api/auth/me");
        var customer = await CustomerApi.CreateAsync(agent);
        var verification = await CustomerApi.VerifyAsync(agent, customer.Id);

        var response = await CustomerApi.UpdateContactAsync(agent, customer.Id,
            email: "Nuevo@Example.com", phones: ["300 123 4567", "604 111 2222"], address: "Carrera 50 # 20-30", city: "Medellín");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = await response.Content.ReadFromJsonAsync<CustomerApi.Customer>();
        Assert.That((updated!.Email, updated.Address, updated.City), Is.EqualTo(("nuevo@example.com", "Carrera 50 # 20-30", "Medellín")));
        Assert.That(updated.Phones, Is.EqualTo(new[] { "3001234567", "6041112222" }));

        var history = await CustomerApi.HistoryAsync(agent, customer.Id);
        Assert.That(history.Select(h => (h.Field, h.OldValue, h.NewValue)), Is.EquivalentTo(new[]
        {
            ("email", (string?)"jose.perez@example.com", (string?)"nuevo@example.com"),
            ("phones", "3001234567", "3001234567, 6041112222"),
            ("address", "Calle 10 # 43-12", "Carrera 50 # 20-30"),
        }));
        Assert.That(history.Select(h => (h.VerificationId, h.ChangedBy, h.ChangedByEmail)).Distinct(),
            Is.EqualTo(new[] { ((Guid?)verification.Id, (Guid?)me!.Id, (string?)"agente@test.example") }));
        Assert.That(history.Select(h => h.ChangedAt), Has.All.EqualTo(App.Clock.GetUtcNow()).Within(TimeSpan.FromMilliseconds(1)));
    }

    [Test]
    public async Task UpdateContact_WhenVerificationOlderThan30Minutes_Returns422()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        await CustomerApi.VerifyAsync(agent, customer.Id);

        App.Clock.Advance(TimeSpan.FromMinutes(29));
        var inTime = await CustomerApi.UpdateContactAsync(agent, customer.Id, city: "Cali");
        Assert.That(inTime.StatusCode, Is.EqualTo(HttpStatusCode.OK), await inTime.Content.ReadAsStringAsync());

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, customer.Id, city: "Pasto"), HttpStatusCode.UnprocessableEntity);
        Assert.That(late.GetProperty("type").GetString(), Does.EndWith("/verification-required"));
        var read = await CustomerApi.GetAsync(agent, customer.Id);
        Assert.That(read.City, Is.EqualTo("Cali"));
        Assert.That(read.ContactChangeAllowedUntil, Is.Null);
    }

    [Test]
    public async Task UpdateContact_AfterFailedVerification_Returns422EvenIfAnEarlierOnePassed()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var onlyFailed = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000001"));
        await CustomerApi.VerifyAsync(agent, onlyFailed.Id, "failed");
        var problem = await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, onlyFailed.Id), HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/verification-required"));

        var passedThenFailed = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000002"));
        await CustomerApi.VerifyAsync(agent, passedThenFailed.Id, "passed");
        await CustomerApi.VerifyAsync(agent, passedThenFailed.Id, "failed");
        await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, passedThenFailed.Id), HttpStatusCode.UnprocessableEntity);

        Assert.That((await CustomerApi.GetAsync(agent, onlyFailed.Id)).Email, Is.EqualTo("jose.perez@example.com"));
        Assert.That((await CustomerApi.GetAsync(agent, passedThenFailed.Id)).Email, Is.EqualTo("jose.perez@example.com"));
    }

    [Test]
    public async Task UpdateContact_WhenVerificationIsOfAnotherCustomer_Returns422()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var verified = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000001"));
        var other = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000002"));
        await CustomerApi.VerifyAsync(agent, verified.Id);

        await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, other.Id), HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task UpdateContact_WhenInputInvalidOrCustomerUnknown_Returns422Or404()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        await CustomerApi.VerifyAsync(agent, customer.Id);

        var invalid = await Problem.AssertAsync(
            await CustomerApi.UpdateContactAsync(agent, customer.Id, email: "no-at-sign", phones: ["1", "2", "3", "4", "5", "6"], address: new string('a', 301)),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(invalid.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "email", "phones", "address" }));

        await Problem.AssertAsync(await CustomerApi.UpdateContactAsync(agent, Guid.NewGuid()), HttpStatusCode.NotFound);
    }
}
