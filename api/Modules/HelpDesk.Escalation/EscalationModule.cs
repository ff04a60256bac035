using HelpDesk.Escalation.Emails;
using HelpDesk.Escalation.Legs;
using HelpDesk.Escalation.Matrix;
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
        services.AddScoped<EscalationEmails>();
        services.AddModuleValidators(typeof(EscalationModule).Assembly);
    }

    /// <summary>Demo start: a matrix row for every top-level demo topic (idempotent).</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoMatrix.SeedAsync(services, ct);

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var matrix = routes.MapGroup("/api/escalation/matrix").WithTags("Escalation");
        ListEscalationMatrix.ListEscalationMatrixEndpoint.Map(matrix);
        CreateEscalationMatrixRow.CreateEscalationMatrixRowEndpoint.Map(matrix);
        UpdateEscalationMatrixRow.UpdateEscalationMatrixRowEndpoint.Map(matrix);
        DeleteEscalationMatrixRow.DeleteEscalationMatrixRowEndpoint.Map(matrix);
        SuggestEscalation.SuggestEscalationEndpoint.Map(routes);

        EscalateTicket.EscalateTicketEndpoint.Map(routes);
        ListTicketEscalations.ListTicketEscalationsEndpoint.Map(routes);
        var legs = routes.MapGroup("/api/escalations").WithTags("Escalation").RequireAuthorization(Policies.Staff);
        ListEscalations.ListEscalationsEndpoint.Map(legs);
        GetEscalation.GetEscalationEndpoint.Map(legs);
        TakeEscalation.TakeEscalationEndpoint.Map(legs);
        AnswerEscalation.AnswerEscalationEndpoint.Map(legs);
        ReviewEscalation.ReviewEscalationEndpoint.Map(legs);
        CancelEscalation.CancelEscalationEndpoint.Map(legs);
    }
}
