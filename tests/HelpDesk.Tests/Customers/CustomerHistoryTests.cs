using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Customers;

public sealed class CustomerHistoryTests : IntegrationTest
{
    [Test]
    public async Task ListHistory_AfterSeveralChanges_PagesNewestFirstWithEachPreviousValue()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        await CustomerApi.VerifyAsync(agent, customer.Id);
        foreach (var city in new[] { "Cali", "Pasto", "Neiva" })
        {
            var response = await CustomerApi.UpdateContactAsync(agent, customer.Id, email: customer.Email, phones: customer.Phones, address: customer.Address, city: city);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var first = await agent.GetFromJsonAsync<CustomerApi.Page<CustomerApi.HistoryEntry>>($"/api/customers/{customer.Id}/history?limit=2");
        var second = await agent.GetFromJsonAsync<CustomerApi.Page<CustomerApi.HistoryEntry>>(
            $"/api/customers/{customer.Id}/history?limit=2&cursor={first!.NextCursor}");

        Assert.That(first.Items.Concat(second!.Items).Select(h => (h.Field, h.OldValue, h.NewValue)), Is.EqualTo(new[]
        {
            ("city", (string?)"Pasto", (string?)"Neiva"),
            ("city", "Cali", "Pasto"),
            ("city", "Medellín", "Cali"),
        }));
        Assert.That(second.NextCursor, Is.Null);
    }

    [Test]
    public async Task CustomerHistory_CannotBeEditedOrDeleted()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var customer = await CustomerApi.CreateAsync(agent);
        await CustomerApi.VerifyAsync(agent, customer.Id);
        await CustomerApi.UpdateContactAsync(agent, customer.Id);

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE customers.customer_history SET new_value = 'x'", "DELETE FROM customers.customer_history" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.That(error!.MessageText, Does.Contain("append-only"));
        }
    }

    [Test]
    public async Task ListHistory_WhenCustomerUnknown_Returns404()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.GetAsync($"/api/customers/{Guid.NewGuid()}/history"), HttpStatusCode.NotFound);
    }
}
