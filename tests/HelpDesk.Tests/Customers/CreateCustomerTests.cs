using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Customers;

public sealed class CreateCustomerTests : IntegrationTest
{
    [Test]
    public async Task CreateCustomer_WhenValid_Returns201WithNormalisedData()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var response = await agent.PostAsJsonAsync("/api/customers", new
        {
            documentType = "CC", documentNumber = " 1.020.304.050 ", fullName = "  José   Pérez  ", email = "Jose.Perez@Example.COM",
            phones = new[] { "300 123-4567", "(604) 444.5555", "3001234567" }, address = "Calle 10 # 43-12", city = "Medellín",
            kind = "non_affiliate", region = "Antioquia", companySize = "micro", economicActivity = "Comercio", segment = "A",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var customer = await response.Content.ReadFromJsonAsync<CustomerApi.Customer>();
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/customers/{customer!.Id}"));
        Assert.That(customer, Is.EqualTo(new CustomerApi.Customer(
            customer.Id, "CC", "1020304050", "José Pérez", "jose.perez@example.com", customer.Phones, "Calle 10 # 43-12", "Medellín",
            "non_affiliate", "Antioquia", "micro", "Comercio", "A", null, null)));
        Assert.That(customer.Phones, Is.EqualTo(new[] { "3001234567", "6044445555" }));
        var read = await CustomerApi.GetAsync(agent, customer.Id);
        Assert.That(read with { Phones = customer.Phones }, Is.EqualTo(customer));
        Assert.That(read.Phones, Is.EqualTo(customer.Phones));
    }

    [Test]
    public async Task CreateCustomer_WhenDocumentTaken_Returns409WithExistingCustomer()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var first = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "1020304050"));

        var again = await agent.PostAsJsonAsync("/api/customers", CustomerApi.NewCustomer(documentNumber: "1.020.304.050", fullName: "Otro Nombre"));
        var problem = await Problem.AssertAsync(again, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/duplicate-document"));
        Assert.That(problem.GetProperty("customerId").GetGuid(), Is.EqualTo(first.Id));
        Assert.That((await CustomerApi.GetAsync(agent, first.Id)).FullName, Is.EqualTo("José Pérez Gómez"));

        // The same number with another document type is another customer.
        await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(documentNumber: "1020304050", documentType: "CE"));
    }

    [Test]
    public async Task CreateCustomer_WhenNitGivenWithAndWithoutCheckDigit_IsTheSameCustomer()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var company = await CustomerApi.CreateAsync(agent,
            CustomerApi.NewCustomer(documentType: "NIT", documentNumber: "900.123.456-7", fullName: "Comercializadora Andina S.A.S.", kind: "employer"));
        Assert.That(company.DocumentNumber, Is.EqualTo("900123456"));

        var again = await agent.PostAsJsonAsync("/api/customers", CustomerApi.NewCustomer(documentType: "NIT", documentNumber: "900123456"));
        await Problem.AssertAsync(again, HttpStatusCode.Conflict);
    }

    [TestCase("CC", "12345", HttpStatusCode.Created)]
    [TestCase("CC", "123456789012", HttpStatusCode.Created)]
    [TestCase("CC", "1234", HttpStatusCode.UnprocessableEntity)]
    [TestCase("CC", "1234567890123", HttpStatusCode.UnprocessableEntity)]
    [TestCase("CC", "12AB5678", HttpStatusCode.UnprocessableEntity)]
    [TestCase("TI", "1002003004", HttpStatusCode.Created)]
    [TestCase("TI", "TI-100200", HttpStatusCode.UnprocessableEntity)]
    [TestCase("CE", "e1234567", HttpStatusCode.Created)]
    [TestCase("CE", "E-1234567", HttpStatusCode.UnprocessableEntity)]
    [TestCase("PA", "AB1234567890123", HttpStatusCode.Created)]
    [TestCase("PA", "AB12345678901234", HttpStatusCode.UnprocessableEntity)]
    [TestCase("NIT", "900123456", HttpStatusCode.Created)]
    [TestCase("NIT", "900123456-7", HttpStatusCode.Created)]
    [TestCase("NIT", "900123456-77", HttpStatusCode.UnprocessableEntity)]
    [TestCase("NIT", "90012345A", HttpStatusCode.UnprocessableEntity)]
    public async Task CreateCustomer_DocumentNumberFormat_DependsOnType(string type, string number, HttpStatusCode expected)
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var response = await agent.PostAsJsonAsync("/api/customers", CustomerApi.NewCustomer(documentType: type, documentNumber: number));
        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.UnprocessableEntity)
        {
            var problem = await Problem.AssertAsync(response, expected);
            Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "documentNumber" }));
        }
    }

    [Test]
    public async Task CreateCustomer_WhenFieldsInvalid_Returns422PerFieldAndCreatesNothing()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var response = await agent.PostAsJsonAsync("/api/customers", new
        {
            documentType = "CC", documentNumber = "", fullName = new string('x', 201), email = "not-an-email",
            phones = new[] { "1", "2", "3", "4", "5", "6" }, address = new string('a', 301), city = new string('c', 101),
            region = new string('r', 101), segment = new string('s', 101),
        });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[]
        {
            "documentNumber", "fullName", "email", "phones", "address", "city", "kind", "region", "segment",
        }));

        var badPhone = await agent.PostAsJsonAsync("/api/customers", CustomerApi.NewCustomer(phones: ["3001234567", "call me maybe"]));
        var phoneProblem = await Problem.AssertAsync(badPhone, HttpStatusCode.UnprocessableEntity);
        Assert.That(phoneProblem.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "phones[1]" }));

        Assert.That(await CustomerApi.SearchAsync(agent, ""), Is.Empty);
    }

    [TestCase("documentType", "XX")]
    [TestCase("kind", "vip")]
    [TestCase("companySize", "huge")]
    public async Task CreateCustomer_WhenEnumValueUnknown_Returns400(string field, string value)
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(CustomerApi.NewCustomer())!.AsObject();
        body[field] = value;
        var response = await agent.PostAsync("/api/customers", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/malformed-request"));
    }

    [Test]
    public async Task CreateCustomer_WhenTextHoldsHtml_StoresItAsText()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        const string name = "<b>Ana</b> <script>alert('x')</script>";
        var customer = await CustomerApi.CreateAsync(agent, CustomerApi.NewCustomer(fullName: name));
        Assert.That((await CustomerApi.GetAsync(agent, customer.Id)).FullName, Is.EqualTo(name));
    }
}
