using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class SearchCustomersTests : IntegrationTest
{
    [Test]
    public async Task SearchCustomers_ByDocument_FindsExactMatchesOnly()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var cc = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "12345678"));
        var ce = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "12345678", documentType: "CE"));
        await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "123456789"));
        var nit = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "900123456-7", documentType: "NIT"));

        Assert.That((await CustomerApi.SearchAsync(agent, "documentType=CC&documentNumber=12.345.678")).Select(c => c.Id), Is.EqualTo(new[] { cc.Id }));
        Assert.That((await CustomerApi.SearchAsync(agent, "documentNumber=12345678")).Select(c => c.Id), Is.EquivalentTo(new[] { cc.Id, ce.Id }));
        Assert.That((await CustomerApi.SearchAsync(agent, "documentType=NIT&documentNumber=900123456-7")).Select(c => c.Id), Is.EqualTo(new[] { nit.Id }));
        Assert.That(await CustomerApi.SearchAsync(agent, "documentType=CC&documentNumber=1234567"), Is.Empty);
    }

    [Test]
    public async Task SearchCustomers_ByName_IgnoresAccentsCaseAndWordOrder_AndMatchesPartialWords()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var jose = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000001", fullName: "José Pérez Gómez"));
        var josefina = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000002", fullName: "Josefina Pereira"));
        var maria = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000003", fullName: "MARÍA DE LA PAZ NÚÑEZ"));

        async Task<Guid[]> Find(string q) => [.. (await CustomerApi.SearchAsync(agent, "q=" + Uri.EscapeDataString(q))).Select(c => c.Id)];

        Assert.That(await Find("Jose Perez"), Is.EqualTo(new[] { jose.Id }));
        Assert.That(await Find("PEREZ josé"), Is.EqualTo(new[] { jose.Id }));
        Assert.That(await Find("gom"), Is.EqualTo(new[] { jose.Id }));
        Assert.That(await Find("jose"), Is.EquivalentTo(new[] { jose.Id, josefina.Id }));
        Assert.That(await Find("maria de la paz nunez"), Is.EqualTo(new[] { maria.Id }));
        Assert.That(await Find("Nuñez, Maria"), Is.EqualTo(new[] { maria.Id }));
        Assert.That(await Find("pere%"), Is.Empty);
        Assert.That(await Find("jose_perez"), Is.Empty);
    }

    [Test]
    public async Task SearchCustomers_ByEmailOrPhone_FindsTheCustomer()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var jose = await CustomerApi.CreateAsync(agent,
            CustomerApi.NewCustomer(documentNumber: "10000001", email: "jose.perez@example.com", phones: ["+57 300 123 4567", "604 444 5555"]));
        await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "10000002", email: "otra@example.com", phones: ["3109876543"]));

        foreach (var q in new[] { "Jose.Perez@Example.com", "604-444-5555", "+573001234567", "10000001" })
        {
            var found = await CustomerApi.SearchAsync(agent, "q=" + Uri.EscapeDataString(q));
            Assert.That(found.Select(c => c.Id), Is.EqualTo(new[] { jose.Id }), q);
        }

        Assert.That(await CustomerApi.SearchAsync(agent, "q=jose.perez%40example"), Is.Empty);
    }

    [Test]
    public async Task SearchCustomers_WithLimit_PagesInNameOrderWithCursor()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        string[] names = ["Ángela Ruiz", "Andrés Ruiz", "Bernardo Ruiz", "Álvaro Ruiz", "Carlos Ruiz", "Diana Gómez"];
        for (var i = 0; i < names.Length; i++)
        {
            await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: $"2000000{i}", fullName: names[i]));
        }

        async Task<List<string>> AllPages(string query)
        {
            var seen = new List<string>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await agent.GetFromJsonAsync<CustomerApi.Page<CustomerApi.Item>>(
                    $"/api/customers?{query}&limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
                Assert.That(page!.Items, Has.Count.LessThanOrEqualTo(2));
                seen.AddRange(page.Items.Select(c => c.FullName));
                cursor = page.NextCursor;
                pages++;
            }
            while (cursor is not null && pages < 10);

            return seen;
        }

        Assert.That(await AllPages("q=ruiz"), Is.EqualTo(new[] { "Álvaro Ruiz", "Andrés Ruiz", "Ángela Ruiz", "Bernardo Ruiz", "Carlos Ruiz" }));
        Assert.That(await AllPages(""), Is.EqualTo(new[] { "Álvaro Ruiz", "Andrés Ruiz", "Ángela Ruiz", "Bernardo Ruiz", "Carlos Ruiz", "Diana Gómez" }));
    }

    [Test]
    public async Task SearchCustomers_WhenInputInvalid_Returns422Or400()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        foreach (var (query, field) in new[] { ("q=jo", "q"), ("documentType=CC", "documentNumber"), ("cursor=not-a-cursor", "cursor"), ("limit=0", "limit") })
        {
            var problem = await Problem.AssertAsync(await agent.GetAsync($"/api/customers?{query}"), HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, query);
        }

        await Problem.AssertAsync(await agent.GetAsync("/api/customers?documentType=XX&documentNumber=1"), HttpStatusCode.BadRequest);
    }
}
