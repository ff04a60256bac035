using HelpDesk.Escalation.Legs;
using HelpDesk.Escalation.Matrix;
using HelpDesk.Shared.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Escalation;

/// <summary>The escalation matrix, escalation legs to areas, area answers, review and re-escalation.</summary>
public static class EscalationModule
{
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddScoped<MatrixLookup>();
        services.AddScoped<LegOpener>();
        services.AddSingleton<LocalTime>();
        services.AddModuleValidators(typeof(EscalationModule).Assembly);
        return services;
    }

    /// <summary>Demo start: a matrix row for every top-level demo topic (idempotent).</summary>
    public static Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoMatrix.SeedAsync(services, ct);

    public static IEndpointRouteBuilder MapEscalation(this IEndpointRouteBuilder routes)
    {
        MatrixEndpoints.Map(routes);
        EscalationEndpoints.Map(routes);
        return routes;
    }
}
