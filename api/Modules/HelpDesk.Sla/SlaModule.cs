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
public sealed class SlaModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<CalendarStore>();
        services.AddScoped<ClockKeeper>();
        services.AddScoped<PolicyStore>();
        services.AddSingleton<SlaSettingsCache>();
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<SlaSettingsCache>());
        services.AddScoped<NewTicketClocks>();
        services.AddTransient<BreachCheckJob>();
        services.AddModuleValidators(typeof(SlaModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        CalendarEndpoints.Map(routes);
        PolicyEndpoints.Map(routes);
        SlaReadEndpoints.Map(routes);
    }

    public void ScheduleJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<BreachCheckJob>(BreachCheckJob.RecurringJobId, job => job.Run(CancellationToken.None), Cron.Minutely());

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken ct)
    {
        await Setup.DemoCalendars.SeedAsync(services, ct);
        await Setup.DemoPolicies.SeedAsync(services, ct);
    }
}
