using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class CustomerAccessTests : IntegrationTest
{
    [Test]
    public async Task CustomerEndpoints_WhenPartnerKey_Return403EvenWithEveryScope()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        var key = await CreateApiKeyAsync("Banco Aliado", "directory:read", "tickets:read", "tickets:write");
        using var partner = App.CreatePlainClient(key);

        await Problem.AssertAsync(await partner.GetAsync("/api/customers?q=jose"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await partner.GetAsync($"/api/customers/{customer.Id}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await partner.PostAsJsonAsync("/api/customers", CustomerApi.NewCustomer(documentNumber: "55555555")), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(
            await partner.PostAsJsonAsync($"/api/customers/{customer.Id}/verifications", new { checks = new[] { "birth_date" }, outcome = "passed", channel = "partner" }),
            HttpStatusCode.Forbidden);
        Assert.That((await CustomerApi.GetAsync(agent, customer.Id)).LastVerification, Is.Null);
    }

    [Test]
    public async Task CustomerEndpoints_WhenAnonymous_Return401()
    {
        using var anonymous = App.CreatePlainClient();
        await Problem.AssertAsync(await anonymous.GetAsync("/api/customers"), HttpStatusCode.Unauthorized);
        await Problem.AssertAsync(await anonymous.GetAsync($"/api/customers/{Guid.NewGuid()}/history"), HttpStatusCode.Unauthorized);
    }
}
