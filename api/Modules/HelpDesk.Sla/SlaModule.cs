using HelpDesk.Shared.Web;
using HelpDesk.Sla.ManageCalendars;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla;

/// <summary>Business calendars and the business-time calculator (policies, clocks and breach checks come with their issue).</summary>
public static class SlaModule
{
    public static IServiceCollection AddSla(this IServiceCollection services) =>
        services.AddModuleValidators(typeof(SlaModule).Assembly);

    public static IEndpointRouteBuilder MapSla(this IEndpointRouteBuilder routes)
    {
        CalendarEndpoints.Map(routes);
        return routes;
    }

    public static Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoCalendars.SeedAsync(services, ct);
}
