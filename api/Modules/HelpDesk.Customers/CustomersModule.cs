using HelpDesk.Customers.Records;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Customers;

/// <summary>Customer records (CRM): documents, contact data, kind and segments, identity verification, change history.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddScoped<CustomerHistory>();
        services.AddModuleValidators(typeof(CustomersModule).Assembly);
        return services;
    }

    /// <summary>Staff only: partner API keys do not reach customer records.</summary>
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder routes)
    {
        var customers = routes.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization(Policies.Staff);
        SearchCustomers.SearchCustomersEndpoint.Map(customers);
        CreateCustomer.CreateCustomerEndpoint.Map(customers);
        GetCustomer.GetCustomerEndpoint.Map(customers);
        GetCustomer.ListCustomerTicketsEndpoint.Map(customers);
        UpdateCustomerContact.UpdateCustomerContactEndpoint.Map(customers);
        UpdateCustomerProfile.UpdateCustomerProfileEndpoint.Map(customers);
        RecordIdentityVerification.RecordIdentityVerificationEndpoint.Map(customers);
        ListIdentityVerifications.ListIdentityVerificationsEndpoint.Map(customers);
        ListCustomerHistory.ListCustomerHistoryEndpoint.Map(customers);
        return routes;
    }
}
