using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Shared.Web;

/// <summary>What the host needs from each module, so it sets them all up by looping over one list.</summary>
public sealed record ModuleSettings(IConfiguration Configuration, bool RunJobs);

/// <summary>
/// The one face every module shows the host: its services, its endpoints, its recurring jobs and its demo data. The host
/// loops over its list of modules (HelpDesk.Api/Platform/Modules.cs); an architecture test keeps that list complete.
/// </summary>
public interface IHelpDeskModule
{
    void AddServices(IServiceCollection services, ModuleSettings settings);

    void MapEndpoints(IEndpointRouteBuilder routes);

    /// <summary>Registers the module's recurring jobs (idempotent: same id, same schedule).</summary>
    void ScheduleJobs(IRecurringJobManager jobs)
    {
    }

    /// <summary>Loads the module's part of the demo data set (idempotent); called in module order.</summary>
    Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
