using HelpDesk.Customers.Contracts;
using HelpDesk.Shared.Errors;
using HelpDesk.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Customers;

public sealed class FindOrCreateCustomerTests : IntegrationTest
{
    private static async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    [Test]
    public async Task FindOrCreateCustomer_WhenDocumentExists_ReturnsItWithoutChangingIt()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var existing = await CustomerApi.CreateAsync(agent);

        var summary = await SendAsync(new FindOrCreateCustomer(DocumentType.CC, "1.020.304.050", "Otro Nombre", "otro@example.com", "3109998877"));

        Assert.That(summary, Is.EqualTo(new FoundOrCreatedCustomer(
            new CustomerSummary(existing.Id, DocumentType.CC, "1020304050", "José Pérez Gómez", "jose.perez@example.com", "A"), Created: false)));
        var read = await CustomerApi.GetAsync(agent, existing.Id);
        Assert.That((read.FullName, read.Email, read.Phones.Single()), Is.EqualTo(("José Pérez Gómez", "jose.perez@example.com", "3001234567")));
        Assert.That(await CustomerApi.HistoryAsync(agent, existing.Id), Is.Empty);
    }

    [Test]
    public async Task FindOrCreateCustomer_WhenDocumentUnknown_CreatesAnUnclassifiedCustomer()
    {
        var first = await SendAsync(new FindOrCreateCustomer(DocumentType.NIT, "900123456-7", " Comercializadora  Andina ", "Info@Andina.com.co", "604 444 5555"));
        var again = await SendAsync(new FindOrCreateCustomer(DocumentType.NIT, "900123456", "Otra", null, null));
        var summary = first.Customer;
        Assert.That((first.Created, again.Created), Is.EqualTo((true, false)));

        Assert.That(summary, Is.EqualTo(new CustomerSummary(summary.Id, DocumentType.NIT, "900123456", "Comercializadora Andina", "info@andina.com.co", null)));
        Assert.That(again.Customer, Is.EqualTo(summary));
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var read = await CustomerApi.GetAsync(agent, summary.Id);
        Assert.That((read.Kind, read.Phones.Single()), Is.EqualTo(((string?)null, "6044445555")));

        await using var scope = App.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCustomerSummary(summary.Id));
        Assert.That(found, Is.EqualTo(summary));
        Assert.That(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCustomerSummary(Guid.NewGuid())), Is.Null);
    }

    [Test]
    public void FindOrCreateCustomer_WhenInputInvalid_ThrowsRuleViolationNamingTheFields()
    {
        var error = Assert.ThrowsAsync<RuleViolationException>(() =>
            SendAsync(new FindOrCreateCustomer(DocumentType.CC, "12AB", "", "nope", "x")));
        Assert.That(error!.Errors!.Keys, Is.EquivalentTo(new[] { "documentNumber", "fullName", "email", "phone" }));
    }
}
