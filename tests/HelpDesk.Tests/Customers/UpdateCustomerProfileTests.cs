using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class UpdateCustomerProfileTests : IntegrationTest
{
    [Test]
    public async Task UpdateProfile_WithoutVerification_ChangesProfileAndKeepsPreviousValuesInHistory()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);

        var response = await agent.PutAsJsonAsync($"/api/customers/{customer.Id}/profile", new
        {
            fullName = "José Antonio Pérez Gómez", kind = "employer", region = "Antioquia", companySize = "small",
            economicActivity = "4711 Comercio al por menor", segment = "B",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = await response.Content.ReadFromJsonAsync<CustomerApi.Customer>();
        Assert.That((updated!.FullName, updated.Kind, updated.CompanySize, updated.EconomicActivity, updated.Segment),
            Is.EqualTo(("José Antonio Pérez Gómez", "employer", "small", "4711 Comercio al por menor", "B")));
        Assert.That(updated.Email, Is.EqualTo(customer.Email));

        var history = await CustomerApi.HistoryAsync(agent, customer.Id);
        Assert.That(history.Select(h => (h.Field, h.OldValue, h.NewValue)), Is.EquivalentTo(new[]
        {
            ("fullName", (string?)"José Pérez Gómez", (string?)"José Antonio Pérez Gómez"),
            ("kind", "affiliate", "employer"),
            ("companySize", null, "small"),
            ("economicActivity", null, "4711 Comercio al por menor"),
            ("segment", "A", "B"),
        }));
        Assert.That(history.Select(h => h.VerificationId), Has.All.Null);
        Assert.That(history.Select(h => h.ChangedByEmail), Has.All.EqualTo("agente@test.example"));

        var byNewName = await CustomerApi.SearchAsync(agent, "q=antonio");
        Assert.That(byNewName.Select(c => c.Id), Is.EqualTo(new[] { customer.Id }));
    }

    [Test]
    public async Task UpdateProfile_WhenInputInvalidOrCustomerUnknown_Returns400Or422Or404()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        var path = $"/api/customers/{customer.Id}/profile";

        var invalid = await Problem.AssertAsync(await agent.PutAsJsonAsync(path, new { fullName = "", region = new string('r', 101) }),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(invalid.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "fullName", "kind", "region" }));
        await Problem.AssertAsync(await agent.PutAsJsonAsync(path, new { fullName = "X", kind = "vip" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await agent.PutAsJsonAsync($"/api/customers/{Guid.NewGuid()}/profile", new { fullName = "X", kind = "provider" }),
            HttpStatusCode.NotFound);

        Assert.That(await CustomerApi.HistoryAsync(agent, customer.Id), Is.Empty);
    }
}
