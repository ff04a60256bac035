using Hangfire;
using HelpDesk.Sla.BreachCheck;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Sla.TicketLifecycle;
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
        services.AddScoped<PlannedTicketClocks>();
        services.AddScoped<Emails.SlaEmails>();
        services.AddTransient<BreachCheckJob>();
        services.AddModuleValidators(typeof(SlaModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var calendars = routes.MapGroup("/api/sla/calendars").WithTags("SLA").ClearsAfterChanges<SlaSettingsCache>();
        ListCalendars.ListCalendarsEndpoint.Map(calendars);
        CreateCalendar.CreateCalendarEndpoint.Map(calendars);
        UpdateCalendar.UpdateCalendarEndpoint.Map(calendars);

        var policies = routes.MapGroup("/api/sla/policies").WithTags("SLA").ClearsAfterChanges<SlaSettingsCache>();
        ListSlaPolicies.ListSlaPoliciesEndpoint.Map(policies);
        ListSlaPolicyVersions.ListSlaPolicyVersionsEndpoint.Map(policies);
        CreateSlaPolicy.CreateSlaPolicyEndpoint.Map(policies);
        UpdateSlaPolicy.UpdateSlaPolicyEndpoint.Map(policies);
        RetireSlaPolicy.RetireSlaPolicyEndpoint.Map(policies);
        PreviewSla.PreviewSlaEndpoint.Map(routes);

        GetTicketSla.GetTicketSlaEndpoint.Map(routes);
        var sla = routes.MapGroup("/api/sla").WithTags("SLA");
        ListAtRiskClocks.ListAtRiskClocksEndpoint.Map(sla);
        GetSlaCompliance.GetSlaComplianceEndpoint.Map(sla);
        ListAreaCalendars.ListAreaCalendarsEndpoint.Map(sla);
        SetAreaCalendar.SetAreaCalendarEndpoint.Map(sla);
    }

    public void ScheduleJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<BreachCheckJob>(BreachCheckJob.RecurringJobId, job => job.Run(CancellationToken.None), Cron.Minutely());

    public async Task SeedDemoAsync(IServiceProvider services, CancellationToken ct)
    {
        await Setup.DemoCalendars.SeedAsync(services, ct);
        await Setup.DemoPolicies.SeedAsync(services, ct);
    }
}
