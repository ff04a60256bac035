using Hangfire;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Web;
using HelpDesk.Sla.BreachCheck;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.GetTicketSla;
using HelpDesk.Sla.ManageCalendars;
using HelpDesk.Sla.ManagePolicies;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Sla.StartClocks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Sla;

/// <summary>Service levels: business calendars, policies, the clocks of tickets and escalation legs, and the breach check.</summary>
public static class SlaModule
{
    public static IServiceCollection AddSla(this IServiceCollection services)
    {
        services.AddScoped<CalendarStore>();
        services.AddScoped<ClockKeeper>();
        services.AddScoped<PolicyStore>();
        services.AddSingleton<SlaSettingsCache>();
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<SlaSettingsCache>());
        services.AddScoped<NewTicketClocks>();
        services.AddTransient<BreachCheckJob>();
        return services.AddModuleValidators(typeof(SlaModule).Assembly);
    }

    public static IEndpointRouteBuilder MapSla(this IEndpointRouteBuilder routes)
    {
        CalendarEndpoints.Map(routes);
        PolicyEndpoints.Map(routes);
        SlaReadEndpoints.Map(routes);
        return routes;
    }

    public static void ScheduleSlaJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<BreachCheckJob>(BreachCheckJob.RecurringJobId, job => job.Run(CancellationToken.None), Cron.Minutely());

    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct)
    {
        await Setup.DemoCalendars.SeedAsync(services, ct);
        await Setup.DemoPolicies.SeedAsync(services, ct);
    }
}
