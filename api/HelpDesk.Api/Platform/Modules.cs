using HelpDesk.Customers;
using HelpDesk.Directory;
using HelpDesk.Escalation;
using HelpDesk.Notifications;
using HelpDesk.Shared.Web;
using HelpDesk.Sla;
using HelpDesk.Surveys;
using HelpDesk.Tickets;

namespace HelpDesk.Api.Platform;

/// <summary>The modules, in the order they are set up and their demo data is loaded (later ones lean on earlier ones' data).</summary>
internal static class Modules
{
    public static readonly IReadOnlyList<IHelpDeskModule> All =
        [new DirectoryModule(), new CustomersModule(), new TicketsModule(), new EscalationModule(), new SlaModule(), new SurveysModule(), new NotificationsModule()];

    public static void AddModules(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        var settings = new ModuleSettings(configuration, runJobs);
        foreach (var module in All)
        {
            module.AddServices(services, settings);
        }
    }

    public static void MapModules(this IEndpointRouteBuilder routes)
    {
        foreach (var module in All)
        {
            module.MapEndpoints(routes);
        }
    }
}
