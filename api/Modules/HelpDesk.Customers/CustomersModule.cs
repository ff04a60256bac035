using HelpDesk.Customers.Records;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Customers;

/// <summary>Customer records (CRM): documents, contact data, kind and segments, identity verification, change history.</summary>
public sealed class CustomersModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<CustomerHistory>();
        services.AddModuleValidators(typeof(CustomersModule).Assembly);
    }

    /// <summary>Staff only: partner API keys do not reach customer records.</summary>
    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var customers = routes.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(Policies.Staff);
        SearchCustomers.SearchCustomersEndpoint.Map(customers);
        CreateCustomer.CreateCustomerEndpoint.Map(customers);
        GetCustomer.GetCustomerEndpoint.Map(customers);
        ListCustomerTickets.ListCustomerTicketsEndpoint.Map(customers);
        UpdateCustomerContact.UpdateCustomerContactEndpoint.Map(customers);
        UpdateCustomerProfile.UpdateCustomerProfileEndpoint.Map(customers);
        RecordIdentityVerification.RecordIdentityVerificationEndpoint.Map(customers);
        ListIdentityVerifications.ListIdentityVerificationsEndpoint.Map(customers);
        ListCustomerHistory.ListCustomerHistoryEndpoint.Map(customers);
    }
}
