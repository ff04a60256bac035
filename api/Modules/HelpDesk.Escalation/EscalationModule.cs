using HelpDesk.Escalation.Legs;
using HelpDesk.Escalation.Matrix;
using HelpDesk.Shared.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Escalation;

/// <summary>The escalation matrix, escalation legs to areas, area answers, review and re-escalation.</summary>
public sealed class EscalationModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<MatrixLookup>();
        services.AddScoped<LegOpener>();
        services.AddSingleton<LocalTime>();
        services.AddModuleValidators(typeof(EscalationModule).Assembly);
    }

    /// <summary>Demo start: a matrix row for every top-level demo topic (idempotent).</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoMatrix.SeedAsync(services, ct);

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        MatrixEndpoints.Map(routes);
        EscalationEndpoints.Map(routes);
    }
}
